import { useFormatter, useTranslations } from "next-intl";
import { dayDate } from "./util";

export type ScreeningStepView = {
  id: string;
  kind: string;
  occurredOn: string;
  organiser: string | null;
  participants: string | null;
  unit: string | null;
  summary: string;
};

/** 论证: each screening step of a proposal, oldest first, ending with its decision once there is one. */
export function ScreeningTimeline({ steps }: { steps: ScreeningStepView[] }) {
  const t = useTranslations("legislation.screening");
  const kinds = useTranslations("legislationTerms.stepKind");
  const format = useFormatter();
  if (steps.length === 0) return <p className="text-gray-700">{t("none")}</p>;
  return (
    <ol className="space-y-4 border-l-2 border-gray-200 pl-5">
      {steps.map((s) => (
        <li key={s.id}>
          <p className="text-sm text-gray-600">
            <time dateTime={s.occurredOn}>{format.dateTime(dayDate(s.occurredOn), "date")}</time>
          </p>
          <p className="font-medium text-gray-900">{kinds(s.kind)}</p>
          <ul className="mt-1 space-y-0.5 text-sm text-gray-800">
            {s.organiser && <li>{t("organiserValue", { organiser: s.organiser })}</li>}
            {s.participants && <li>{t("participantsValue", { participants: s.participants })}</li>}
            {s.unit && <li>{t("unitValue", { unit: s.unit })}</li>}
          </ul>
          {s.summary && <p className="mt-1 max-w-prose whitespace-pre-line text-gray-800">{s.summary}</p>}
        </li>
      ))}
    </ol>
  );
}
