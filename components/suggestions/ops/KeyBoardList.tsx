// The leaders' board: the key suggestions grouped by the committee that pushes them — a card each on a phone, a
// table on a wider screen — with the supervising leader, the lead unit, the state, the deadline, the last contact
// and meeting, the reply's category and the deputy's rating.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation/util";
import { Badge, FactList, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { KeyBoardRow } from "@/lib/modules/suggestions";
import { DeadlineText } from "./DeadlineText";
import { rowNumber } from "./labels";

export function KeyBoardList({ rows, base }: { rows: KeyBoardRow[]; base: string }) {
  const t = useTranslations("suggestionsOps.key");
  const l = useTranslations("suggestionsOps.list");
  const s = useTranslations("suggestions");
  const format = useFormatter();
  const day = (d: string | null) => (d ? format.dateTime(new Date(`${d}T00:00:00+08:00`), "date") : t("none"));
  const groups: { id: string; name: string; rows: KeyBoardRow[] }[] = [];
  for (const r of rows) {
    const id = r.pushingCommitteeId ?? "";
    const last = groups.at(-1);
    if (last && last.id === id) last.rows.push(r);
    else groups.push({ id, name: r.pushingCommitteeName ?? t("noCommittee"), rows: [r] });
  }
  const reply = (r: KeyBoardRow) =>
    [
      r.replyCategory ? s(`replyCategoryShort.${r.replyCategory}`) : null,
      r.satisfaction ? s(`satisfaction.${r.satisfaction}`) : null,
    ]
      .filter(Boolean)
      .join(" · ") || t("none");
  return (
    <div className="space-y-6">
      {groups.map((g) => (
        <section key={g.id || "none"} aria-label={g.name} className="space-y-2">
          <h3 className="text-base font-semibold text-gray-900">{g.name}</h3>
          <ul className="space-y-3 sm:hidden">
            {g.rows.map((r) => (
              <li key={r.id} className="rounded-lg border border-gray-200 bg-white p-4">
                <Link href={`${base}/${r.id}`} className={`${linkClasses} break-words`}>
                  {r.title}
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone={r.deadline?.overdue ? "danger" : "info"}>{s(`status.${r.status}`)}</Badge>
                  <span className="font-mono text-xs">{rowNumber(l, s as never, r)}</span>
                </p>
                <FactList
                  compact
                  className="mt-2"
                  rows={[
                    [t("leader"), r.supervisingLeaderName],
                    [t("leadUnit"), r.leadUnitName],
                    [t("deadline"), r.deadline ? <DeadlineText d={r.deadline} none={t("none")} /> : null],
                    [t("lastContact"), r.lastContactOn ? day(r.lastContactOn) : null],
                    [t("lastMeeting"), r.lastMeetingOn ? day(r.lastMeetingOn) : null],
                    [t("reply"), r.replyCategory ? reply(r) : null],
                  ]}
                />
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <Table label={`${t("tableLabel")} · ${g.name}`}>
              <THead>
                <Tr>
                  <Th>{l("subject")}</Th>
                  <Th>{t("leader")}</Th>
                  <Th>{t("leadUnit")}</Th>
                  <Th>{t("status")}</Th>
                  <Th>{t("deadline")}</Th>
                  <Th>{t("lastContact")}</Th>
                  <Th>{t("lastMeeting")}</Th>
                  <Th>{t("reply")}</Th>
                </Tr>
              </THead>
              <TBody>
                {g.rows.map((r) => (
                  <Tr key={r.id}>
                    <Td className="min-w-56">
                      <Link href={`${base}/${r.id}`} className={linkClasses}>
                        {r.title}
                      </Link>
                      <div className="font-mono text-xs text-gray-600">{rowNumber(l, s as never, r)}</div>
                    </Td>
                    <Td className="whitespace-nowrap">{r.supervisingLeaderName ?? t("none")}</Td>
                    <Td className="min-w-32">{r.leadUnitName ?? t("none")}</Td>
                    <Td className="whitespace-nowrap">
                      <Badge tone={r.deadline?.overdue ? "danger" : "info"}>{s(`status.${r.status}`)}</Badge>
                    </Td>
                    <Td className="min-w-36">
                      <DeadlineText d={r.deadline} none={t("none")} />
                    </Td>
                    <Td className="whitespace-nowrap">{day(r.lastContactOn)}</Td>
                    <Td className="whitespace-nowrap">{day(r.lastMeetingOn)}</Td>
                    <Td className="whitespace-nowrap">{reply(r)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </div>
        </section>
      ))}
    </div>
  );
}
