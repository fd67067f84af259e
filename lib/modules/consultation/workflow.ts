// The consultation and opinion state machines (DESIGN §5). A consultation's first three states follow from its
// window, so they cannot drift from the clock: scheduled → open → closed; publishing the dispositions is the
// one explicit step, allowed only once closed. An opinion is received, then disposed with one of DISPOSITIONS.
export const CONSULTATION_CHANNELS = ["PUBLIC", "CONTACT_POINT", "UNIT", "DEPUTY", "EXPERT"] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number];

export const CONSULTATION_STATES = ["SCHEDULED", "OPEN", "CLOSED", "PUBLISHED"] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];

export const DISPOSITIONS = ["ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "REFERRED", "DUPLICATE"] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const CONSULT_METHODS = ["FORUM", "VISIT", "ONLINE"] as const;
export type ConsultMethod = (typeof CONSULT_METHODS)[number];

type Window = { startsAt: Date; endsAt: Date; dispositionsPublishedAt: Date | null };

export function consultationState(c: Window, now: Date = new Date()): ConsultationState {
  if (c.dispositionsPublishedAt) return "PUBLISHED";
  if (now < c.startsAt) return "SCHEDULED";
  if (now < c.endsAt) return "OPEN";
  return "CLOSED";
}

/** Opinions are taken only while open; everything else is refused with the state named. */
export function acceptsOpinions(c: Window, now: Date = new Date()): boolean {
  return consultationState(c, now) === "OPEN";
}

/** Dispositions are published once, after the window has closed. */
export function canPublishDispositions(c: Window, now: Date = new Date()): boolean {
  return consultationState(c, now) === "CLOSED";
}

/** Staff may dispose (and re-dispose) opinions at any time until the dispositions are published. */
export function canDispose(c: Window, now: Date = new Date()): boolean {
  return consultationState(c, now) !== "PUBLISHED";
}

/** A reason is required for every disposition but adoption (the citizen is owed an explanation). */
export function requiresReason(d: Disposition): boolean {
  return d !== "ADOPTED";
}

/** Identical texts this many times or more are flagged as a campaign. */
export const CAMPAIGN_MIN_SIZE = 3;

/** How long after a window closes the city aims to publish its dispositions (the public summary says so while
 *  they are pending); past that day the page says they will come soon, never a date already gone. */
export const RESULTS_EXPECTED_DAYS = 30;

/** The day results are expected for a consultation not yet published: its close plus RESULTS_EXPECTED_DAYS; null
 *  once published or when that day is past. */
export function resultsExpectedBy(c: Window, now: Date = new Date()): Date | null {
  if (c.dispositionsPublishedAt) return null;
  const by = new Date(c.endsAt.getTime() + RESULTS_EXPECTED_DAYS * 86_400_000);
  return by > now ? by : null;
}
