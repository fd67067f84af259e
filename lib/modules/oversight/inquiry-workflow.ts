// A special inquiry's states (DESIGN §5): research (questionnaires, forums, visits; the respondents named) → the
// session, recorded live → the satisfaction vote, one item per respondent unit → rectification of the problems →
// the 回头看 review (which may send it back to rectifying) → closed. ./move-inquiry.ts is the only writer.
import type { InquiryStatus } from "./kinds";

export const INQUIRY_TRANSITIONS: Readonly<Record<InquiryStatus, readonly InquiryStatus[]>> = {
  RESEARCH: ["SESSION"],
  SESSION: ["VOTING"],
  VOTING: ["RECTIFYING"],
  RECTIFYING: ["REVIEW"],
  REVIEW: ["RECTIFYING", "CLOSED"],
  CLOSED: [],
};

export function canMoveInquiry(from: InquiryStatus, to: InquiryStatus): boolean {
  return INQUIRY_TRANSITIONS[from].includes(to);
}

/** Questions may be recorded (and a queued one synced) from the session's opening on, until it is closed: a
 *  laptop that lost the network in the room still delivers what it kept after the vote has begun. */
export function recordsQuestions(status: InquiryStatus): boolean {
  return status !== "RESEARCH" && status !== "CLOSED";
}

/** The respondents are fixed once the vote on them has begun. */
export function respondentsEditable(status: InquiryStatus): boolean {
  return status === "RESEARCH" || status === "SESSION";
}

/** A published inquiry's record is public once its vote is over (the session, the results, the rectification). */
export function inquiryIsPublic(status: InquiryStatus, published: boolean): boolean {
  return published && (status === "RECTIFYING" || status === "REVIEW" || status === "CLOSED");
}
