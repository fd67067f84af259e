// Client-safe exports of the public side of citizens' messages (schemas, types, server actions); re-exported from ./client.ts.
export { messageRatingSchema, RATING_COMMENT_MAX, type MessageRatingInput } from "./schemas-public";
export { anonymiseText } from "./board-text";
export { rateMessageAction } from "./actions-public";
export type { MessageReceipt, MessageReceiptReply, MessageReceiptStep } from "./queries-receipt";
export type { RateMessageResult } from "./rate-message";
export type { StationMessageCounts } from "./queries-public";
export type { BoardMessage, BoardPage } from "./queries-board";
export type { StationMessagesBlock } from "./station-block";
