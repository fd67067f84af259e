// The console side of citizens' messages: the member's list and one message (re-exported from ./index.ts).
export {
  COUNT_CAP,
  CONSOLE_MOVES,
  getMessage,
  isUnitInbox,
  listMessages,
  type MessageDetail,
  type MessageEventRow,
  type MessageListPage,
  type MessageListRow,
  type MessageReplyRow,
} from "./queries-messages";
