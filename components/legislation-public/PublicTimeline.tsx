import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { inLocale } from "@/lib/i18n/local-name";
import type { PublicDraftRef, PublicTimelineEvent } from "@/lib/modules/legislation/client";
import { linkClasses } from "./format";

type Props = { tenantSlug: string; events: PublicTimelineEvent[]; drafts: PublicDraftRef[] };

/** The stages a regulation went through, oldest first, down a line: day, stage, meeting, the draft read. */
export function PublicTimeline({ tenantSlug, events, drafts }: Props) {
  const t = useTranslations("legislationPublic.regulation");
  const stages = useTranslations("legislationTerms.stage");
  const format = useFormatter();
  const locale = useLocale();
  const draft = new Map(drafts.map((d) => [d.id, d]));
  if (events.length === 0) return <p className="text-gray-700">{t("noTimeline")}</p>;
  return (
    <ol className="relative ms-2 space-y-5 border-s-2 border-brand-100 ps-5">
      {events.map((e, i) => {
        const d = e.draftVersionId ? draft.get(e.draftVersionId) : undefined;
        const last = i === events.length - 1;
        return (
          <li key={e.id} className="relative" aria-current={last ? "step" : undefined}>
            <span
              aria-hidden="true"
              className={`absolute -start-[1.75rem] top-1 size-3.5 rounded-full border-2 border-brand-600 ${last ? "bg-brand-600" : "bg-white"}`}
            />
            <p className="text-sm text-gray-700">
              <time dateTime={e.occurredOn}>{format.dateTime(new Date(`${e.occurredOn}T00:00:00+08:00`), "date")}</time>
            </p>
            <h3 className="text-base font-semibold text-gray-900">{stages(e.stage)}</h3>
            {(e.meeting || e.committee) && (
              <p className="text-sm text-gray-800">
                {[e.meeting, e.committee && inLocale(e.committee, e.committeeEn, locale)].filter(Boolean).join(" · ")}
              </p>
            )}
            {d && (
              <p className="mt-1 text-sm">
                <Link href={`/${tenantSlug}/drafts/${d.id}`} className={linkClasses}>
                  {t("readDraft", { label: d.label })}
                </Link>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
