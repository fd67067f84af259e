// The registry's coded values, in the order forms and filters list them (national first, as the seeds do).
export const DEPUTY_LEVELS = ["NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "TOWNSHIP"] as const;
export type DeputyLevel = (typeof DEPUTY_LEVELS)[number];
export const DEPUTY_STATUSES = ["IN_OFFICE", "RESIGNED", "TERMINATED"] as const;
export type DeputyStatus = (typeof DEPUTY_STATUSES)[number];
/** The statuses a term ends with (辞职 / 终止代表资格); each needs the day it took effect. */
export const ENDED_STATUSES = ["RESIGNED", "TERMINATED"] as const satisfies readonly DeputyStatus[];
export const GENDERS = ["MALE", "FEMALE"] as const;
export type Gender = (typeof GENDERS)[number];

/** 138****1234: the middle of a phone number hidden, as every list shows it. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return "";
  const digits = phone.trim();
  if (digits.length < 7) return "****";
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
