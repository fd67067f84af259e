// The leaders' board of key suggestions (重点督办): each with its supervising leader, its pushing committee, its
// lead unit, state and deadline, the last 三见面 contact and the last 约见 meeting, the reply's category and the
// deputy's rating — the whole city's, a leader's own, or one committee's, read off the partial Suggestion_key_idx.
import { forTenant } from "@/lib/db";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import { workingCalendar } from "@/lib/modules/calendar";
import { findRecipients } from "@/lib/modules/identity";
import { listCommittees } from "@/lib/modules/tenancy";
import { rowDeadline, unitNamesByIds, type SuggestionDeadline } from "./queries-list-rows";
import { KEY_PAGE_SIZE, type KeyBoardFilter } from "./schemas-ops";
import type { ReplyCategory, Satisfaction, SuggestionKind, SuggestionStatus } from "./workflow";
import { CLOCK_STATUSES, FINAL_STATUSES } from "./workflow";

export type KeyBoardRow = {
  id: string;
  year: number;
  number: number | null;
  kind: SuggestionKind;
  title: string;
  status: SuggestionStatus;
  supervisingLeaderId: string | null;
  supervisingLeaderName: string | null;
  pushingCommitteeId: string | null;
  pushingCommitteeName: string | null;
  leadUnitName: string | null;
  deadline: SuggestionDeadline | null;
  /** Shanghai days of the latest contact and meeting. */
  lastContactOn: string | null;
  lastMeetingOn: string | null;
  replyCategory: ReplyCategory | null;
  satisfaction: Satisfaction | null;
};

export type KeyBoard = {
  rows: KeyBoardRow[];
  total: number;
  page: number;
  pageSize: number;
  /** The committees pushing key suggestions of the city (the filter's choices), with how many each. */
  committees: { id: string; name: string; count: number }[];
};

/** The board for `leaderId` (their own when `mine`), by committee then the nearest deadline. */
export async function keyBoard(
  tenantId: string,
  leaderId: string,
  filter: KeyBoardFilter,
  now: Date = new Date(),
): Promise<KeyBoard> {
  const db = forTenant(tenantId);
  const today = todayInShanghai(now);
  const page = filter.page ?? 1;
  const where: Prisma.SuggestionWhereInput = {
    isKey: true,
    ...(filter.mine ? { supervisingLeaderId: leaderId } : {}),
    ...(filter.committeeId && isUuid(filter.committeeId) ? { pushingCommitteeId: filter.committeeId } : {}),
    ...(filter.year ? { year: filter.year } : {}),
    ...(filter.show === "overdue"
      ? { status: { in: [...CLOCK_STATUSES] }, dueOn: { lt: dayToDate(today) } }
      : filter.show === "all"
        ? {}
        : { status: { notIn: [...FINAL_STATUSES] } }),
  };
  const [rows, total, byCommittee, committees, cal] = await Promise.all([
    db.suggestion.findMany({
      where,
      select: {
        id: true,
        year: true,
        number: true,
        kind: true,
        title: true,
        status: true,
        supervisingLeaderId: true,
        pushingCommitteeId: true,
        leadUnitId: true,
        dueOn: true,
        promisedOn: true,
        replyCategory: true,
        satisfaction: true,
      },
      orderBy: [{ pushingCommitteeId: { sort: "asc", nulls: "last" } }, { dueOn: "asc" }, { id: "asc" }],
      skip: (page - 1) * KEY_PAGE_SIZE,
      take: KEY_PAGE_SIZE,
    }),
    db.suggestion.count({ where }),
    db.suggestion.groupBy({
      by: ["pushingCommitteeId"],
      where: { isKey: true, status: { notIn: [...FINAL_STATUSES] } },
      _count: { _all: true },
    }),
    listCommittees(tenantId),
    workingCalendar(tenantId),
  ]);
  const ids = rows.map((r) => r.id);
  const [contacts, meetings, leaders, units] = await Promise.all([
    ids.length
      ? db.suggestionContact.groupBy({ by: ["suggestionId"], where: { suggestionId: { in: ids } }, _max: { on: true } })
      : Promise.resolve([]),
    ids.length
      ? db.suggestionMeeting.groupBy({ by: ["suggestionId"], where: { suggestionId: { in: ids } }, _max: { on: true } })
      : Promise.resolve([]),
    findRecipients(db, { userIds: rows.flatMap((r) => (r.supervisingLeaderId ? [r.supervisingLeaderId] : [])) }),
    unitNamesByIds(
      tenantId,
      rows.map((r) => r.leadUnitId),
    ),
  ]);
  const lastOf = (list: { suggestionId: string; _max: { on: Date | null } }[]) =>
    new Map(list.map((x) => [x.suggestionId, x._max.on ? dateToDay(x._max.on) : null]));
  const [lastContact, lastMeeting] = [lastOf(contacts), lastOf(meetings)];
  const leaderName = new Map(leaders.map((u) => [u.id, u.displayName]));
  const committeeName = new Map(committees.map((c) => [c.id, c.shortName || c.name]));
  return {
    rows: rows.map((r) => {
      const d = rowDeadline(r, undefined);
      const left = d ? cal.workingDaysBetweenChecked(today, d.day) : null;
      return {
        id: r.id,
        year: r.year,
        number: r.number,
        kind: r.kind,
        title: r.title,
        status: r.status,
        supervisingLeaderId: r.supervisingLeaderId,
        supervisingLeaderName: r.supervisingLeaderId ? (leaderName.get(r.supervisingLeaderId) ?? null) : null,
        pushingCommitteeId: r.pushingCommitteeId,
        pushingCommitteeName: r.pushingCommitteeId ? (committeeName.get(r.pushingCommitteeId) ?? null) : null,
        leadUnitName: r.leadUnitId ? (units.get(r.leadUnitId) ?? null) : null,
        deadline:
          d && left
            ? { ...d, workingDaysLeft: left.days, overdue: d.day < today, unconfirmedYears: left.unconfirmedYears }
            : null,
        lastContactOn: lastContact.get(r.id) ?? null,
        lastMeetingOn: lastMeeting.get(r.id) ?? null,
        replyCategory: r.replyCategory,
        satisfaction: r.satisfaction,
      };
    }),
    total,
    page,
    pageSize: KEY_PAGE_SIZE,
    committees: byCommittee
      .filter((c): c is typeof c & { pushingCommitteeId: string } => c.pushingCommitteeId !== null)
      .map((c) => ({
        id: c.pushingCommitteeId,
        name: committeeName.get(c.pushingCommitteeId) ?? "",
        count: c._count._all,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
  };
}
