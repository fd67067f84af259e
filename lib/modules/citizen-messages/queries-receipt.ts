// What a citizen sees of their message by its receipt code (GET /api/v1/{city}/receipts/{code}, /track/{code}):
// where it stands, the steps of its timeline meant for them (events marked public; the reason only where the
// move shows one, a return or a decline), and the reply once it is released. Never the citizen's contact details,
// never internal notes (a hand-back, a reply sent back), never who at a unit did what. A merged message's receipt
// says so and follows the message it was merged into (its status, its public steps since, its released reply).
import { forTenant, type TenantTx } from "@/lib/db";
import { listAttachments } from "@/lib/modules/attachments";
import { deputiesByIds } from "@/lib/modules/deputies";
import { getStation } from "@/lib/modules/stations";
import { normaliseReceiptCode } from "@/lib/receipt";
import { isDefaultCategory } from "./settings";
import type { MessageRating, MessageStatus, MoveName } from "./workflow";
import { MOVES } from "./workflow";

export type MessageReceiptStep = {
  /** The move (accept, transfer, release, rate …, or "submit"); its name is citizenMessages.moves.<kind>. */
  kind: string;
  status: MessageStatus;
  at: string;
  /** The reason the citizen is given (a return, a decline); null for every other step. */
  reason: string | null;
};

export type MessageReceiptReply = {
  round: number;
  body: string;
  releasedAt: string;
  /** Answered directly by the deputy or the office rather than by a unit (the unit's name is not shown). */
  direct: boolean;
  /** Files of the reply (downloaded by the code: /api/v1/{city}/receipts/{code}/files/{id}). */
  attachments: { id: string; fileName: string; contentType: string; byteSize: number }[];
};

export type MessageReceipt = {
  kind: "message";
  receiptCode: string;
  title: string;
  /** A default category's code (named under citizenMessages.categories) or the city's own name. */
  category: string;
  categoryIsCode: boolean;
  station: { id: string; name: string };
  deputy: { id: string; name: string } | null;
  /** The status the citizen follows: the merged-into message's for a merged one. */
  status: MessageStatus;
  submittedAt: string;
  /** Why it was returned or declined (the citizen's own message, or the one it follows). */
  reason: string | null;
  merged: boolean;
  steps: MessageReceiptStep[];
  replies: MessageReceiptReply[];
  /** The citizen may rate now (a released answer not yet rated in this round; never through a merged receipt). */
  canRate: boolean;
  /** The rating given last, if any. */
  rating: { value: MessageRating; comment: string | null; at: string } | null;
  /** The round being rated or handled (2 after the one reopening). */
  round: number;
};

const MESSAGE_SELECT = {
  id: true,
  receiptCode: true,
  title: true,
  category: true,
  stationId: true,
  deputyId: true,
  status: true,
  createdAt: true,
  reason: true,
  mergedIntoId: true,
  rating: true,
  ratingComment: true,
  ratedAt: true,
  reopenCount: true,
} as const;

/** Rating steps (rate closes, reopen sends back): one per round rated, whoever acted (always the citizen). */
export const RATING_KINDS = ["rate", "reopen"] as const;

/** Has the citizen rated the current round? One rating per round: rounds = reopenCount + 1. */
export function ratedThisRound(ratings: number, reopenCount: number): boolean {
  return ratings >= reopenCount + 1;
}

const showsReason = (kind: string) => MOVES[kind as MoveName]?.reason === true;

export async function loadMessageReceipt(tenantId: string, typed: string): Promise<MessageReceipt | null> {
  const code = normaliseReceiptCode(typed);
  if (!code) return null;
  const db = forTenant(tenantId);
  const own = await db.citizenMessage.findFirst({ where: { receiptCode: code }, select: MESSAGE_SELECT });
  if (!own) return null;
  // A merged message follows its target (and a target merged on in turn, a few hops at most).
  let followed = own;
  for (let hops = 0; followed.status === "MERGED" && followed.mergedIntoId && hops < 5; hops++) {
    const next = await db.citizenMessage.findFirst({ where: { id: followed.mergedIntoId }, select: MESSAGE_SELECT });
    if (!next) break;
    followed = next;
  }
  const merged = followed.id !== own.id;
  const ids = merged ? [own.id, followed.id] : [own.id];
  const [events, replies, station, deputies] = await Promise.all([
    db.citizenMessageEvent.findMany({
      where: { messageId: { in: ids }, public: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { messageId: true, kind: true, toStatus: true, note: true, createdAt: true },
    }),
    db.citizenMessageReply.findMany({
      where: { messageId: followed.id, releasedAt: { not: null }, sentBackAt: null },
      orderBy: [{ round: "asc" }, { createdAt: "asc" }],
      select: { id: true, round: true, body: true, releasedAt: true, unitId: true },
    }),
    getStation(tenantId, own.stationId),
    own.deputyId ? deputiesByIds(tenantId, [own.deputyId]) : null,
  ]);
  // The own steps up to the merge, then the followed message's steps after it (its earlier history is another
  // citizen's).
  const mergeAt = events.find((e) => e.messageId === own.id && e.kind === "merge")?.createdAt ?? null;
  const steps = events
    .filter((e) => e.messageId === own.id || (mergeAt !== null && e.createdAt >= mergeAt))
    .map((e) => ({
      // The intake's own first event is "submitted" (intake-sql.ts); the citizen's step is named "submit".
      kind: e.kind === "submitted" ? "submit" : e.kind,
      status: e.toStatus,
      at: e.createdAt.toISOString(),
      reason: showsReason(e.kind) && e.note ? e.note : null,
    }));
  // The first step is the writing itself, whether or not the intake wrote an event for it.
  if (steps[0]?.kind !== "submit")
    steps.unshift({ kind: "submit", status: "SUBMITTED", at: own.createdAt.toISOString(), reason: null });
  const files = await Promise.all(
    replies.map((r) => listAttachments(tenantId, { module: "citizenMessages", kind: "replyFile", id: r.id })),
  );
  const ratings = events.filter(
    (e) => e.messageId === followed.id && (RATING_KINDS as readonly string[]).includes(e.kind),
  ).length;
  const deputy = own.deputyId ? deputies?.get(own.deputyId) : undefined;
  return {
    kind: "message",
    receiptCode: own.receiptCode,
    title: own.title,
    category: own.category,
    categoryIsCode: isDefaultCategory(own.category),
    station: { id: own.stationId, name: station?.name ?? "" },
    deputy: deputy ? { id: deputy.id, name: deputy.name } : null,
    status: followed.status,
    submittedAt: own.createdAt.toISOString(),
    reason: followed.status === "RETURNED" || followed.status === "DECLINED" ? followed.reason : null,
    merged,
    steps,
    replies: replies.map((r, i) => ({
      round: r.round,
      body: r.body,
      releasedAt: r.releasedAt!.toISOString(),
      direct: r.unitId === null,
      attachments: files[i]!.map((f) => ({
        id: f.id,
        fileName: f.fileName,
        contentType: f.contentType,
        byteSize: f.byteSize,
      })),
    })),
    canRate: !merged && followed.status === "RELEASED" && !ratedThisRound(ratings, followed.reopenCount),
    // A merged receipt's target was rated by its own writer: that is not this citizen's to read.
    rating:
      !merged && followed.rating && followed.ratedAt
        ? { value: followed.rating, comment: followed.ratingComment, at: followed.ratedAt.toISOString() }
        : null,
    round: followed.reopenCount + 1,
  };
}

export type RatingTarget = {
  id: string;
  status: MessageStatus;
  unitId: string | null;
  reopenCount: number;
  title: string;
  /** Ratings given so far (rate and reopen steps). */
  ratings: number;
};

/** The message a rating is for, locked in the rating's transaction: two ratings sent at once are one rating (the
 *  second waits, then sees the first's status and count). */
export async function lockForRating(tx: TenantTx, tenantId: string, code: string): Promise<RatingTarget | null> {
  const rows = await tx.$queryRaw<RatingTarget[]>`
    SELECT m."id"::text AS "id", m."status"::text AS "status", m."unitId"::text AS "unitId", m."reopenCount", m."title",
           (SELECT count(*)::int FROM "CitizenMessageEvent" e
             WHERE e."tenantId" = m."tenantId" AND e."messageId" = m."id"
               AND e."kind" = ANY(${[...RATING_KINDS]}::text[])) AS "ratings"
    FROM "CitizenMessage" m
    WHERE m."tenantId" = ${tenantId}::uuid AND m."receiptCode" = ${code}
    FOR UPDATE OF m`;
  return rows[0] ?? null;
}
