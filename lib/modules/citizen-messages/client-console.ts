// Client-safe exports of the console side of citizens' messages (schemas, types, server actions); re-exported from ./client.ts.
export {
  MESSAGE_LIST_STATUSES,
  MESSAGE_MAX_PAGE_SIZE,
  MESSAGE_PAGE_SIZE,
  REPLY_MAX_CHARS,
  messageListFilterSchema,
  type MessageListFilter,
  type MessageListStatus,
} from "./schemas-console";
export {
  acceptMessageAction,
  answerMessageAction,
  classifyMessageAction,
  declineMessageAction,
  mergeMessageAction,
  publishMessageAction,
  reassignMessageAction,
  refuseHandbackAction,
  releaseReplyAction,
  replyMessageAction,
  requestHandbackAction,
  returnMessageAction,
  revealMessageContactAction,
  sendBackReplyAction,
  transferMessageAction,
} from "./actions-console";
export type {
  MessageDetail,
  MessageEventRow,
  MessageListPage,
  MessageListRow,
  MessageReplyRow,
} from "./queries-messages";
