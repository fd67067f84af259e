import { useFormatter, useNow, useTranslations } from "next-intl";
import type { ConsultationState } from "@/lib/modules/consultation/client";
import { countdownText } from "./countdown";
import { StateBadge } from "./StateBadge";

type Props = { startsAt: Date; endsAt: Date; state: ConsultationState; opinionCount: number; peopleCount: number };

/** State, window, time left and the figures so far: the lines the list and the consultation page share. */
export function ConsultationFacts({ startsAt, endsAt, state, opinionCount, peopleCount }: Props) {
  const t = useTranslations("consultationPublic");
  const format = useFormatter();
  const now = useNow();
  const when = (d: Date) => format.dateTime(d, "dateTime");
  return (
    <div className="space-y-1.5 text-sm text-gray-700">
      <p className="flex flex-wrap items-center gap-2">
        <StateBadge state={state} />
        {state === "OPEN" && <strong className="font-semibold text-brand-700">{countdownText(t, endsAt, now)}</strong>}
        {state === "SCHEDULED" && <span>{t("startsOn", { date: when(startsAt) })}</span>}
      </p>
      <p>{t("window", { from: when(startsAt), to: when(endsAt) })}</p>
      {state !== "SCHEDULED" && <p>{t("counts", { people: peopleCount, opinions: opinionCount })}</p>}
    </div>
  );
}
