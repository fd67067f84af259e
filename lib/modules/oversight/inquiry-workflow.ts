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

/** Questions in the order asked, each one's follow-ups right after it (a follow-up of a follow-up too); a row whose
 *  parent is not among them stands on its own. By id on the server, by the laptop's clientKey on the session page. */
export function threadBy<T>(rows: readonly T[], key: (r: T) => string, parent: (r: T) => string | null): T[] {
  const keys = new Set(rows.map(key));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const r of rows) {
    const p = parent(r);
    if (p && keys.has(p)) children.set(p, [...(children.get(p) ?? []), r]);
    else roots.push(r);
  }
  const out: T[] = [];
  const walk = (r: T) => {
    out.push(r);
    for (const c of children.get(key(r)) ?? []) walk(c);
  };
  roots.forEach(walk);
  return out;
}
