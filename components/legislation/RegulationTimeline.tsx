import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { inLocale } from "@/lib/i18n/local-name";
import type { RegulationStage } from "@/lib/modules/legislation/client";
import { dayDate, linkClasses } from "./util";

export type TimelineEvent = {
  id: string;
  fromStage: RegulationStage | null;
  toStage: RegulationStage;
  occurredOn: string;
  meeting: string | null;
  committee: string | null;
  committeeEn?: string | null;
  note: string;
  documents: unknown;
  draftVersionId: string | null;
};
/** A consultation on one of the regulation's drafts, placed on the timeline at its window's first day. */
export type TimelineConsultation = {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  opinions: number;
  published: boolean;
};
type Props = {
  events: TimelineEvent[];
  drafts: { id: string; label: string }[];
  changedBy: { id: string; title: string }[];
  base: string;
  consultations?: TimelineConsultation[];
  /** Where a consultation's console page is: `${consultationBase}/${id}`. */
  consultationBase?: string;
};

// transition-regulation.ts writes "AMENDMENT:<id>" / "REPEAL:<id>" on the changed regulation's own timeline.
const CHANGED_BY = /^(AMENDMENT|REPEAL):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function documentsOf(value: unknown): { title: string; url?: string }[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (d): d is { title: string; url?: string } =>
      !!d && typeof d === "object" && typeof (d as { title?: unknown }).title === "string",
  );
}

/** Every stage change, oldest first: date, from → to, meeting, committee, the draft read, the note. */
export function RegulationTimeline({ events, drafts, changedBy, base, consultations = [], consultationBase }: Props) {
  const t = useTranslations("legislation.timeline");
  const stage = useTranslations("legislationTerms.stage");
  const kinds = useTranslations("legislationTerms.regulationKind");
  const locale = useLocale();
  const format = useFormatter();
  // Stage changes and consultations in date order; on the same day the stage change comes first.
  const entries = [
    ...events.map((e, i) => ({ on: e.occurredOn, order: i, e, c: null })),
    ...consultations.map((c, i) => ({ on: c.startsOn, order: events.length + i, e: null, c })),
  ].sort((a, b) => a.on.localeCompare(b.on) || a.order - b.order);
  return (
    <ol className="relative space-y-5 border-l-2 border-gray-200 pl-5">
      {entries.map(({ e, c }) => {
        if (c)
          return (
            <li key={`c-${c.id}`} className="relative">
              <span
                aria-hidden="true"
                className="absolute -left-[1.6rem] top-1.5 size-3 rounded-full border-2 border-white bg-amber-500"
              />
              <p className="text-sm text-gray-600">
                <time dateTime={c.startsOn}>{format.dateTime(dayDate(c.startsOn), "date")}</time>
                {" – "}
                <time dateTime={c.endsOn}>{format.dateTime(dayDate(c.endsOn), "date")}</time>
              </p>
              <p className="font-medium text-gray-900">
                {consultationBase ? (
                  <Link href={`${consultationBase}/${c.id}`} className={linkClasses}>
                    {t("consultation", { title: c.title })}
                  </Link>
                ) : (
                  t("consultation", { title: c.title })
                )}
              </p>
              <p className="mt-1 text-sm text-gray-800">
                {t("consultationOpinions", { count: c.opinions })}
                {c.published && ` · ${t("consultationPublished")}`}
              </p>
            </li>
          );
        if (!e) return null;
        const changed = e.fromStage === e.toStage ? CHANGED_BY.exec(e.note) : null;
        const by = changed ? changedBy.find((c) => c.id === changed[2]) : undefined;
        const draft = e.draftVersionId ? drafts.find((d) => d.id === e.draftVersionId) : undefined;
        const docs = documentsOf(e.documents);
        return (
          <li key={e.id} className="relative">
            <span
              aria-hidden="true"
              className="absolute -left-[1.6rem] top-1.5 size-3 rounded-full border-2 border-white bg-brand-600"
            />
            <p className="text-sm text-gray-600">
              <time dateTime={e.occurredOn}>{format.dateTime(dayDate(e.occurredOn), "date")}</time>
            </p>
            <p className="font-medium text-gray-900">
              {changed
                ? t("changedBy", { kind: kinds(changed[1]!.toUpperCase()) })
                : e.fromStage
                  ? t("transition", { from: stage(e.fromStage), to: stage(e.toStage) })
                  : stage(e.toStage)}
            </p>
            <ul className="mt-1 space-y-0.5 text-sm text-gray-800">
              {by && (
                <li>
                  <Link href={`${base}/regulations/${by.id}`} className={linkClasses}>
                    {by.title}
                  </Link>
                </li>
              )}
              {e.meeting && <li>{t("meeting", { meeting: e.meeting })}</li>}
              {e.committee && <li>{t("committee", { committee: inLocale(e.committee, e.committeeEn, locale) })}</li>}
              {draft && (
                <li>
                  {t("draft")}
                  <Link href={`${base}/drafts/${draft.id}`} className={linkClasses}>
                    {draft.label}
                  </Link>
                </li>
              )}
              {e.note && !changed && <li className="whitespace-pre-line">{t("note", { note: e.note })}</li>}
              {docs.map((d, i) => (
                <li key={i}>
                  {d.url && /^https?:\/\//i.test(d.url) ? (
                    <a href={d.url} className={linkClasses} rel="noopener noreferrer">
                      {d.title}
                    </a>
                  ) : (
                    d.title
                  )}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
