// The console's schemas: the list's URL query (bad values are dropped, never a 500) and the forms of the moves.
import { z } from "zod";
import { MESSAGE_STATUSES } from "./workflow";

/** The list's status filter: a status, or one of the groups the tabs name. */
export const MESSAGE_LIST_STATUSES = [...MESSAGE_STATUSES, "open", "handling", "overdue"] as const;
export type MessageListStatus = (typeof MESSAGE_LIST_STATUSES)[number];

export const MESSAGE_PAGE_SIZE = 20;
export const MESSAGE_MAX_PAGE_SIZE = 100;

const uuid = z.string().uuid();

/** The URL query of /console/messages. Each unreadable value is left out (a hand-edited URL lists everything). */
export const messageListFilterSchema = z.object({
  status: z.enum(MESSAGE_LIST_STATUSES).optional().catch(undefined),
  stationId: uuid.optional().catch(undefined),
  deputyId: uuid.optional().catch(undefined),
  unitId: uuid.optional().catch(undefined),
  category: z.string().trim().min(1).max(50).optional().catch(undefined),
  q: z.string().trim().min(1).max(50).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  pageSize: z.coerce.number().int().min(1).max(MESSAGE_MAX_PAGE_SIZE).optional().catch(undefined),
});

export type MessageListFilter = z.infer<typeof messageListFilterSchema>;

// ── The forms of the moves (each names the message by `id`) ──────────────────────────────────────────────────

const id = z.object({ id: uuid });
const text = (max: number) => z.string().trim().min(1).max(max);
/** A reason the reader sees (the citizen, for a return or a decline; the unit or the office otherwise). */
const reason = text(1000);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const REPLY_MAX_CHARS = 5000;

export const messageIdSchema = id;
export const messageReasonSchema = id.extend({ reason });
export const classifyMessageSchema = id.extend({ category: text(50) });
export const transferMessageSchema = id.extend({
  unitId: uuid,
  /** The office may set another deadline (a working day after today); else the city's replyWorkingDays. */
  dueOn: day.optional().or(z.literal("").transform(() => undefined)),
  note: z.string().trim().max(1000).optional(),
});
export const reassignMessageSchema = transferMessageSchema;
export const answerMessageSchema = id.extend({ body: text(REPLY_MAX_CHARS) });
export const replyMessageSchema = id.extend({ body: text(REPLY_MAX_CHARS) });
export const mergeMessageSchema = id.extend({
  /** The message it is merged into: its id, or its receipt code. */
  target: text(64),
});
export const revealMessageContactSchema = id.extend({ field: z.enum(["phone", "email"]) });
export const publishMessageSchema = id.extend({ published: z.boolean() });
