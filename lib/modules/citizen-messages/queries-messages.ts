// The console's reads of citizens' messages: the list a member sees (their scope from policy.ts, the tabs' status
// groups, filters, newest first — a unit's inbox by deadline), and one message with its timeline, replies and
// files. Contact details are masked here; only reveal-contact.ts hands out the full phone, audited.
import { forTenant } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { maskContact, maskPhone } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import { normaliseReceiptCode } from "@/lib/receipt";
import { listAttachments, type AttachmentMeta } from "@/lib/modules/attachments";
import { workingCalendar, type WorkingCalendar } from "@/lib/modules/calendar";
import { deputiesByIds } from "@/lib/modules/deputies";
import { findRecipients } from "@/lib/modules/identity";
import { getStation, stationChoices } from "@/lib/modules/stations";
import { cachedAreaIndex, listUnits, type AreaInfo } from "@/lib/modules/tenancy";
import type { MessageViewer } from "./policy";
import { mayMove, mayRevealContact, seesMessage, viewFilter } from "./policy";
import { MESSAGE_PAGE_SIZE, type MessageListFilter } from "./schemas-console";
import type { MessageStatus, MoveName } from "./workflow";
import { CLOCK_STATUSES, handbackOpen, MOVES, OPEN_STATUSES } from "./workflow";

export type { MessageListFilter };

export type MessageListRow = {
  id: string;
  receiptCode: string;
  title: string;
  category: string;
  stationId: string;
  stationName: string;
  deputyId: string | null;
  deputyName: string | null;
  unitId: string | null;
  unitName: string | null;
  status: MessageStatus;
  /** The unit's deadline (a Shanghai day), while it has one. */
  dueOn: string | null;
  /** The unit's clock runs and its deadline has passed. */
  overdue: boolean;
  /** Working days to the deadline while the clock runs (0 on the day, negative once overdue), else null. */
  workingDaysLeft: number | null;
  createdAt: Date;
  /** Masked (138****1234); "" when none was left. Lists never carry the full phone. */
  phoneMasked: string;
};

export type MessageListPage = {
  rows: MessageListRow[];
  /** Matching messages, counted up to COUNT_CAP (then `totalCapped`). */
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
};

/** Counting stops here: a page number beyond it is still served, the pager just says "10,000+". */
export const COUNT_CAP = 10_000;
/** Below this many matches a page is sorted from the matching rows rather than found by walking createdAt. */
const FEW = 3_000;

/** Is the member only a unit's account (their list is the unit's inbox, by deadline)? */
export function isUnitInbox(v: MessageViewer): boolean {
  const f = viewFilter(v);
  return f !== null && f.unitIds.length > 0 && f.stationIds.length === 0 && f.deputyId === null;
}

const sqlStatuses = (list: readonly MessageStatus[]) =>
  Prisma.sql`m."status" IN (${Prisma.join(list.map((s) => Prisma.sql`${s}::"MessageStatus"`))})`;

/** The WHERE of a member's list, or null when they see nothing. */
function listWhere(tenantId: string, viewer: MessageViewer, filter: MessageListFilter, today: string) {
  const where = [Prisma.sql`m."tenantId" = ${tenantId}::uuid`];
  const scope = viewFilter(viewer);
  if (scope) {
    const any: Prisma.Sql[] = [];
    if (scope.stationIds.length) any.push(Prisma.sql`m."stationId" = ANY(${scope.stationIds}::uuid[])`);
    if (scope.deputyId) any.push(Prisma.sql`m."deputyId" = ${scope.deputyId}::uuid`);
    if (scope.unitIds.length) any.push(Prisma.sql`m."unitId" = ANY(${scope.unitIds}::uuid[])`);
    if (any.length === 0) return null;
    where.push(any.length === 1 ? any[0]! : Prisma.sql`(${Prisma.join(any, " OR ")})`);
  }
  // An id that is no uuid (a caller that skipped the schema) matches nothing rather than failing the cast.
  const id = (v: string) => (isUuid(v) ? v : null);
  if (filter.stationId) where.push(Prisma.sql`m."stationId" = ${id(filter.stationId)}::uuid`);
  if (filter.deputyId) where.push(Prisma.sql`m."deputyId" = ${id(filter.deputyId)}::uuid`);
  if (filter.unitId) where.push(Prisma.sql`m."unitId" = ${id(filter.unitId)}::uuid`);
  if (filter.category) where.push(Prisma.sql`m."category" = ${filter.category}`);
  const q = filter.q?.trim();
  if (q) {
    // A receipt code finds its message by the unique index; anything else searches the titles.
    const code = normaliseReceiptCode(q);
    where.push(
      code
        ? Prisma.sql`(m."receiptCode" = ${code} OR strpos(m."title", ${q}) > 0)`
        : Prisma.sql`strpos(m."title", ${q}) > 0`,
    );
  }
  switch (filter.status) {
    case undefined:
      break;
    case "open":
      where.push(sqlStatuses(OPEN_STATUSES));
      break;
    case "handling":
      where.push(sqlStatuses(CLOCK_STATUSES));
      break;
    case "overdue":
      // The partial index CitizenMessage_open_due_idx has exactly this predicate.
      where.push(sqlStatuses(CLOCK_STATUSES), Prisma.sql`m."dueOn" < ${today}::date`);
      break;
    default:
      where.push(Prisma.sql`m."status" = ${filter.status}::"MessageStatus"`);
  }
  return Prisma.join(where, " AND ");
}

function clock(cal: WorkingCalendar, today: string, status: MessageStatus, dueOn: Date | null) {
  if (!dueOn || !CLOCK_STATUSES.includes(status)) return { overdue: false, workingDaysLeft: null };
  const due = dateToDay(dueOn);
  return { overdue: due < today, workingDaysLeft: cal.workingDaysBetween(today, due) };
}

async function stationNames(tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const names = new Map((await stationChoices(tenantId, unique)).map((s) => [s.id, s.name]));
  // A closed station is no longer a choice; its messages still name it.
  for (const id of unique.filter((i) => !names.has(i))) {
    const s = await getStation(tenantId, id);
    if (s) names.set(id, s.name);
  }
  return names;
}

async function unitNames(tenantId: string): Promise<Map<string, string>> {
  return new Map((await listUnits(tenantId)).map((u) => [u.id, u.name]));
}

/**
 * One page of the messages the member sees, newest first (a unit's inbox: nearest deadline first). The count stops
 * at COUNT_CAP and the page's ids come from one indexed query, so a city of 200,000 messages answers in a few
 * milliseconds (EXPLAIN-checked at 200,000 rows); names are read for the page's rows only.
 */
export async function listMessages(
  tenantId: string,
  viewer: MessageViewer,
  filter: MessageListFilter,
): Promise<MessageListPage> {
  const page = filter.page ?? 1;
  const pageSize = filter.pageSize ?? MESSAGE_PAGE_SIZE;
  const today = todayInShanghai();
  const where = listWhere(tenantId, viewer, filter, today);
  if (!where) return { rows: [], total: 0, totalCapped: false, page, pageSize };
  const db = forTenant(tenantId);
  // A unit's messages on the clock go by deadline (its inbox), and so does everyone's overdue tab (the longest
  // overdue first, read off the partial index of running clocks); everything else newest first.
  const byDeadline =
    filter.status === "overdue" ||
    (isUnitInbox(viewer) && ["handling", "TRANSFERRED", "HANDBACK_REQUESTED"].includes(filter.status ?? ""));
  // A title search reads every row of the city anyway (no index serves a substring): then one pass counts too.
  if (filter.q) return searchPage(tenantId, where, byDeadline, page, pageSize);
  const offset = (page - 1) * pageSize;
  const pageOf = (order: Prisma.Sql) =>
    db.$queryRaw<RawRow[]>`SELECT ${PAGE_COLUMNS} FROM "CitizenMessage" m WHERE ${where}
      ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`;
  const countOf = async () => {
    const [c] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM
      (SELECT 1 FROM "CitizenMessage" m WHERE ${where} LIMIT ${COUNT_CAP + 1}) x`;
    return c?.n ?? 0;
  };
  const totalsOf = (n: number) => ({ total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP, page, pageSize });
  const deadlineOrder = Prisma.sql`m."dueOn" ASC NULLS LAST, m."createdAt" DESC, m."id" DESC`;
  // The whole city, or one status of it: an index ((tenantId, createdAt) or (tenantId, status, createdAt)) gives
  // the page in order, so the page and the count go together.
  const direct =
    viewFilter(viewer) === null &&
    !filter.stationId &&
    !filter.deputyId &&
    !filter.unitId &&
    !filter.category &&
    !["open", "handling", "overdue"].includes(filter.status ?? "");
  if (direct && !byDeadline) {
    const [rows, n] = await Promise.all([pageOf(Prisma.sql`m."createdAt" DESC, m."id" DESC`), countOf()]);
    return { rows: await pageRows(tenantId, rows), ...totalsOf(n) };
  }
  // Else counted first (a bitmap of the scope's or the status's index, stopped at COUNT_CAP): with few matches the
  // rows are sorted after that bitmap, as walking the city's createdAt index for a station's handful of open
  // messages would read all 200,000 (the planner cannot know they are rare); with many, the walk finds a page at once.
  const n = await countOf();
  const totals = totalsOf(n);
  if (n === 0 || offset >= n) return { rows: [], ...totals };
  const created = n < FEW ? Prisma.sql`(m."createdAt" + interval '0 s')` : Prisma.sql`m."createdAt"`;
  const rows = await pageOf(byDeadline ? deadlineOrder : Prisma.sql`${created} DESC, m."id" DESC`);
  return { rows: await pageRows(tenantId, rows), ...totals };
}

/** A page's columns, read with its ids (no second query by id). */
const PAGE_COLUMNS = Prisma.sql`m."id"::text AS id, m."receiptCode", m."title", m."category",
  m."stationId"::text AS "stationId", m."deputyId"::text AS "deputyId", m."unitId"::text AS "unitId",
  m."status"::text AS status, m."dueOn", m."createdAt", m."phone"`;

type RawRow = {
  id: string;
  receiptCode: string;
  title: string;
  category: string;
  stationId: string;
  deputyId: string | null;
  unitId: string | null;
  status: MessageStatus;
  dueOn: Date | null;
  createdAt: Date;
  phone: string | null;
};

/** The page's rows with the names of their stations, deputies and units (one parallel wave), and their clocks. */
async function pageRows(tenantId: string, rows: RawRow[]): Promise<MessageListRow[]> {
  if (rows.length === 0) return [];
  const today = todayInShanghai();
  const [stations, deputies, units, cal] = await Promise.all([
    stationNames(
      tenantId,
      rows.map((r) => r.stationId),
    ),
    deputiesByIds(
      tenantId,
      rows.flatMap((r) => (r.deputyId ? [r.deputyId] : [])),
    ),
    rows.some((r) => r.unitId) ? unitNames(tenantId) : Promise.resolve(new Map<string, string>()),
    workingCalendar(tenantId),
  ]);
  return rows.map(({ phone, dueOn, ...r }) => ({
    ...r,
    stationName: stations.get(r.stationId) ?? "",
    deputyName: r.deputyId ? (deputies.get(r.deputyId)?.name ?? null) : null,
    unitName: r.unitId ? (units.get(r.unitId) ?? null) : null,
    dueOn: dueOn ? dateToDay(dueOn) : null,
    ...clock(cal, today, r.status, dueOn),
    phoneMasked: maskPhone(phone),
  }));
}

/** A title search's page and its count in one pass. */
async function searchPage(
  tenantId: string,
  where: Prisma.Sql,
  byDeadline: boolean,
  page: number,
  pageSize: number,
): Promise<MessageListPage> {
  const order = byDeadline
    ? Prisma.sql`m."dueOn" ASC NULLS LAST, m."createdAt" DESC, m."id" DESC`
    : Prisma.sql`m."createdAt" DESC, m."id" DESC`;
  const found = await forTenant(tenantId).$queryRaw<(RawRow & { n: number })[]>`SELECT ${PAGE_COLUMNS},
      (count(*) OVER ())::int AS n FROM "CitizenMessage" m WHERE ${where}
    ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const n = found[0]?.n ?? 0;
  const rows = await pageRows(
    tenantId,
    found.map(({ n: _n, ...r }) => r),
  );
  return { rows, total: n, totalCapped: false, page, pageSize };
}

export type MessageEventRow = {
  id: string;
  kind: string;
  fromStatus: MessageStatus | null;
  toStatus: MessageStatus;
  actorId: string | null;
  actorName: string | null;
  unitId: string | null;
  unitName: string | null;
  note: string;
  public: boolean;
  createdAt: Date;
};

export type MessageReplyRow = {
  id: string;
  round: number;
  unitId: string | null;
  unitName: string | null;
  authorName: string | null;
  body: string;
  createdAt: Date;
  releasedAt: Date | null;
  sentBackAt: Date | null;
  files: AttachmentMeta[];
};

export type MessageDetail = Omit<MessageListRow, "phoneMasked"> & {
  body: string;
  areaId: string | null;
  areaPath: string | null;
  /** The citizen's name, shown to who sees the message (it is not a way to reach them). */
  name: string | null;
  phoneMasked: string;
  emailMasked: string;
  hasContact: boolean;
  replyByPhone: boolean;
  publishConsent: boolean;
  publishedAt: Date | null;
  transferredAt: Date | null;
  firstRepliedAt: Date | null;
  repliedOnTime: boolean | null;
  releasedAt: Date | null;
  rating: string | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  reopenCount: number;
  closedAt: Date | null;
  autoClosed: boolean;
  reason: string | null;
  mergedIntoId: string | null;
  mergedInto: { id: string; receiptCode: string } | null;
  /** Messages merged into this one. */
  merged: { id: string; receiptCode: string; title: string }[];
  photos: AttachmentMeta[];
  events: MessageEventRow[];
  replies: MessageReplyRow[];
  /** The moves the viewer may make now (the state's and the policy's), and whether they may reveal the contact. */
  moves: MoveName[];
  mayReveal: boolean;
};

/** The moves a member makes from the console (the citizen's and the system's are elsewhere). */
export const CONSOLE_MOVES: MoveName[] = (Object.keys(MOVES) as MoveName[]).filter(
  (m) => MOVES[m].by !== "citizen" && MOVES[m].by !== "system",
);

/** One message as the console shows it, or null when the member does not see it (or it is not this city's). */
export async function getMessage(tenantId: string, viewer: MessageViewer, id: string): Promise<MessageDetail | null> {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const m = await db.citizenMessage.findFirst({ where: { id } });
  if (!m || !seesMessage(viewer, m)) return null;
  const today = todayInShanghai();
  const [events, replies, photos, merged, mergedInto, cal, stations, deputies, units, areas] = await Promise.all([
    db.citizenMessageEvent.findMany({ where: { messageId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.citizenMessageReply.findMany({ where: { messageId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    listAttachments(tenantId, { module: "citizenMessages", kind: "messagePhoto", id }),
    db.citizenMessage.findMany({
      where: { mergedIntoId: id },
      select: { id: true, receiptCode: true, title: true },
      orderBy: { createdAt: "asc" },
    }),
    m.mergedIntoId
      ? db.citizenMessage.findFirst({ where: { id: m.mergedIntoId }, select: { id: true, receiptCode: true } })
      : Promise.resolve(null),
    workingCalendar(tenantId),
    stationNames(tenantId, [m.stationId]),
    deputiesByIds(tenantId, m.deputyId ? [m.deputyId] : []),
    unitNames(tenantId),
    m.areaId ? cachedAreaIndex(tenantId) : Promise.resolve(new Map<string, AreaInfo>()),
  ]);
  const userIds = [
    ...new Set([...events.map((e) => e.actorId), ...replies.map((r) => r.authorId)].filter((x) => x !== null)),
  ];
  const [users, files] = await Promise.all([
    userNames(tenantId, userIds),
    Promise.all(
      replies.map((r) => listAttachments(tenantId, { module: "citizenMessages", kind: "replyFile", id: r.id })),
    ),
  ]);
  const scope = { stationId: m.stationId, deputyId: m.deputyId, unitId: m.unitId };
  return {
    id: m.id,
    receiptCode: m.receiptCode,
    title: m.title,
    category: m.category,
    stationId: m.stationId,
    stationName: stations.get(m.stationId) ?? "",
    deputyId: m.deputyId,
    deputyName: m.deputyId ? (deputies.get(m.deputyId)?.name ?? null) : null,
    unitId: m.unitId,
    unitName: m.unitId ? (units.get(m.unitId) ?? null) : null,
    status: m.status,
    dueOn: m.dueOn ? dateToDay(m.dueOn) : null,
    ...clock(cal, today, m.status, m.dueOn),
    createdAt: m.createdAt,
    body: m.body,
    areaId: m.areaId,
    areaPath: m.areaId ? (areas.get(m.areaId)?.path ?? null) : null,
    name: m.name,
    phoneMasked: maskPhone(m.phone),
    emailMasked: maskContact(m.email),
    hasContact: Boolean(m.phone || m.email),
    replyByPhone: m.replyByPhone,
    publishConsent: m.publishConsent,
    publishedAt: m.publishedAt,
    transferredAt: m.transferredAt,
    firstRepliedAt: m.firstRepliedAt,
    repliedOnTime: m.repliedOnTime,
    releasedAt: m.releasedAt,
    rating: m.rating,
    ratingComment: m.ratingComment,
    ratedAt: m.ratedAt,
    reopenCount: m.reopenCount,
    closedAt: m.closedAt,
    autoClosed: m.autoClosed,
    reason: m.reason,
    mergedIntoId: m.mergedIntoId,
    mergedInto,
    merged,
    photos,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorId: e.actorId,
      actorName: e.actorId ? (users.get(e.actorId) ?? null) : null,
      unitId: e.unitId,
      unitName: e.unitId ? (units.get(e.unitId) ?? null) : null,
      note: e.note,
      public: e.public,
      createdAt: e.createdAt,
    })),
    replies: replies.map((r, i) => ({
      id: r.id,
      round: r.round,
      unitId: r.unitId,
      unitName: r.unitId ? (units.get(r.unitId) ?? null) : null,
      authorName: r.authorId ? (users.get(r.authorId) ?? null) : null,
      body: r.body,
      createdAt: r.createdAt,
      releasedAt: r.releasedAt,
      sentBackAt: r.sentBackAt,
      files: files[i] ?? [],
    })),
    moves: CONSOLE_MOVES.filter(
      (mv) =>
        MOVES[mv].from.includes(m.status) &&
        mayMove(viewer, mv, scope) &&
        // A hand-back is offered only while its window is open (request-handback.ts refuses it after).
        (mv !== "requestHandback" ||
          !m.transferredAt ||
          handbackOpen(cal.workingDaysBetween(todayInShanghai(m.transferredAt), today))),
    ),
    mayReveal: Boolean(m.phone || m.email) && mayRevealContact(viewer, m),
  };
}

/** Display names of the members who acted (only names; a unit's user is "their unit" to a deputy anyway). */
async function userNames(tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await findRecipients(forTenant(tenantId), { userIds: ids });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
