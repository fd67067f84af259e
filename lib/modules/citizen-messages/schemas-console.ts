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
