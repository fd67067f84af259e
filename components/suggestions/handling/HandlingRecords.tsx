// The handling record as the panel shows it (a server component): each reply with its category, letter and the
// deputy's rating; the assisting units' views (on time, late or still missing) for those who may read them; the
// 三见面 contacts and the leaders' meetings. Cards stacked on a phone; nothing here needs a table.
import { getFormatter, getTranslations } from "next-intl/server";
import { linkClasses } from "@/components/legislation/util";
import { Badge, FactList } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { attachmentUrl } from "@/lib/modules/attachments/client";
import type { HandlingRecords as Records, SuggestionAssignmentRow } from "@/lib/modules/suggestions";

const dayDate = (d: string) => new Date(`${d}T00:00:00+08:00`);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h3 className="text-base font-semibold text-gray-900">{title}</h3>
      {children}
    </section>
  );
}

export async function HandlingRecords({
  tenantSlug,
  records,
  views,
  unitNames,
}: {
  tenantSlug: string;
  records: Records;
  views: SuggestionAssignmentRow[];
  unitNames: Map<string, string>;
}) {
  const [t, base, format] = await Promise.all([
    getTranslations("suggestionsHandling"),
    getTranslations("suggestions"),
    getFormatter(),
  ]);
  const day = (d: string) => format.dateTime(dayDate(d), "date");
  const at = (d: Date) => format.dateTime(d, "date");
  const today = todayInShanghai();
  return (
    <div className="space-y-6">
      <Section title={t("replies.title")}>
        {records.replies.length === 0 ? (
          <p className="text-sm text-gray-600">{t("replies.none")}</p>
        ) : (
          <ol className="space-y-3">
            {records.replies.map((r) => (
              <li key={r.id} className="rounded-lg border border-gray-200 p-3">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone={r.category === "C" ? "neutral" : r.category === "B" ? "warning" : "success"}>
                    {base(`replyCategory.${r.category}`)}
                  </Badge>
                  <span className="font-medium text-gray-900">{base(`replyKind.${r.kind}`)}</span>
                  <span className="text-gray-600">
                    {unitNames.get(r.unitId)} · {t("replies.on", { date: at(r.createdAt) })}
                  </span>
                </div>
                <p className="mt-2 whitespace-pre-wrap break-words text-gray-900">{r.body}</p>
                <FactList
                  compact
                  className="mt-2"
                  rows={[
                    [t("replies.reason"), r.reason],
                    [t("replies.promisedOn"), r.promisedOn ? day(r.promisedOn) : null],
                    [
                      t("replies.rating"),
                      r.kind === "FOLLOW_UP"
                        ? null
                        : r.satisfaction
                          ? base(`satisfaction.${r.satisfaction}`)
                          : t("replies.notRated"),
                    ],
                    [t("replies.comment"), r.satisfactionComment],
                  ]}
                />
                {r.letterAttachmentId && (
                  <a
                    href={attachmentUrl(tenantSlug, r.letterAttachmentId)}
                    className={`${linkClasses} mt-2 inline-block text-sm`}
                  >
                    {t("replies.letter")}
                  </a>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      {views.length > 0 && (
        <Section title={t("views.title")}>
          <ul className="space-y-3">
            {views.map((v) => {
              const late =
                v.viewDueOn !== null && (v.viewAt ? todayInShanghai(v.viewAt) > v.viewDueOn : today > v.viewDueOn);
              return (
                <li key={v.id} className="rounded-lg border border-gray-200 p-3">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-medium text-gray-900">{v.unitName}</span>
                    {v.viewDueOn && (
                      <span className="text-gray-600">{t("views.dueOn", { date: day(v.viewDueOn) })}</span>
                    )}
                    {v.viewAt ? (
                      <Badge tone={late ? "warning" : "success"}>{late ? t("views.late") : t("views.onTime")}</Badge>
                    ) : (
                      <Badge tone={late ? "danger" : "neutral"}>{late ? t("views.overdue") : t("views.missing")}</Badge>
                    )}
                  </div>
                  {v.viewAt && (
                    <>
                      <p className="mt-1 text-xs text-gray-600">{t("views.sentOn", { date: at(v.viewAt) })}</p>
                      <p className="mt-2 whitespace-pre-wrap break-words text-gray-900">{v.viewBody}</p>
                    </>
                  )}
                  {v.viewAttachmentId && (
                    <a
                      href={attachmentUrl(tenantSlug, v.viewAttachmentId)}
                      className={`${linkClasses} mt-2 inline-block text-sm`}
                    >
                      {t("views.file")}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </Section>
      )}
      <Section title={t("contacts.title")}>
        {records.contacts.length === 0 ? (
          <p className="text-sm text-gray-600">{t("contacts.none")}</p>
        ) : (
          <ol className="space-y-3">
            {records.contacts.map((c) => (
              <li key={c.id} className="rounded-lg border border-gray-200 p-3">
                <p className="text-sm font-medium text-gray-900">
                  {base(`contactStage.${c.stage}`)} · {day(c.on)} ·{" "}
                  {base.has(`contactWays.${c.way}` as never) ? base(`contactWays.${c.way}` as never) : c.way}
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words text-gray-900">{c.content}</p>
              </li>
            ))}
          </ol>
        )}
      </Section>
      {records.meetings.length > 0 && (
        <Section title={t("meetings.title")}>
          <ol className="space-y-3">
            {records.meetings.map((m) => (
              <li key={m.id} className="rounded-lg border border-gray-200 p-3">
                <p className="text-sm font-medium text-gray-900">{day(m.on)}</p>
                <FactList
                  compact
                  className="mt-1"
                  rows={[
                    [t("meetings.place"), m.place],
                    [t("meetings.participants"), m.participants],
                  ]}
                />
                <p className="mt-1 whitespace-pre-wrap break-words text-gray-900">{m.content}</p>
              </li>
            ))}
          </ol>
        </Section>
      )}
    </div>
  );
}
