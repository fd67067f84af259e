// The console side of citizens' messages: the member's list and one message, and the moves of the console as
// actions of the one mutation path (re-exported from ./index.ts).
export { COUNT_CAP, CONSOLE_MOVES, getMessage, isUnitInbox, listMessages } from "./queries-messages";
export { acceptMessage } from "./accept-message";
export { returnMessage } from "./return-message";
export { classifyMessage } from "./classify-message";
export { transferMessage } from "./transfer-message";
export { answerMessage } from "./answer-message";
export { declineMessage } from "./decline-message";
export { requestHandback } from "./request-handback";
export { reassignMessage } from "./reassign-message";
export { refuseHandback } from "./refuse-handback";
export { replyMessage, REPLY_FILE_MAX_BYTES } from "./reply-message";
export { sendBackReply } from "./send-back-reply";
export { releaseReply } from "./release-reply";
export { mergeMessage } from "./merge-message";
export { revealMessageContact } from "./reveal-message-contact";
export { publishMessage } from "./publish-message";
export { replyDeadline } from "./console-moves";
