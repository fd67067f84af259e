// The public side of citizens' messages: the citizen's receipt and rating, the station page's counts, the public
// board (re-exported from ./index.ts).
export {
  loadMessageReceipt,
  type MessageReceipt,
  type MessageReceiptReply,
  type MessageReceiptStep,
} from "./queries-receipt";
export { rateMessage, type RateMessageResult } from "./rate-message";
export { rateMessageForApi } from "./public-api";
export { serveReceiptFile } from "./receipt-files";
export { stationMessageCounts, type StationMessageCounts } from "./queries-public";
export {
  listBoardMessages,
  loadPublicBoard,
  BOARD_PAGE_SIZE,
  type BoardMessage,
  type BoardPage,
} from "./queries-board";
