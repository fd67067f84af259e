// A city's settings for citizens' messages (Tenant.settings.messages, read through lib/tenant.ts's schema): its
// categories (each city files messages its own way; these are the defaults), and its clocks in working days.
import type { TenantSettings } from "@/lib/tenant";

/** Category codes when a city names none; their names are under citizenMessages.categories. */
export const DEFAULT_CATEGORIES = [
  "urban",
  "social",
  "education",
  "health",
  "transport",
  "environment",
  "housing",
  "economy",
  "safety",
  "other",
] as const;

export type MessageSettings = {
  /** Codes (a default's) or the city's own names. */
  categories: string[];
  replyWorkingDays: number;
  ratingAskWorkingDays: number;
  autoCloseWorkingDays: number;
  publicBoard: boolean;
};

export function messageSettings(settings: Pick<TenantSettings, "messages">): MessageSettings {
  const m = settings.messages;
  return {
    categories: m.categories?.length ? [...m.categories] : [...DEFAULT_CATEGORIES],
    replyWorkingDays: m.replyWorkingDays,
    ratingAskWorkingDays: m.ratingAskWorkingDays,
    autoCloseWorkingDays: m.autoCloseWorkingDays,
    publicBoard: m.publicBoard,
  };
}

/** Is `code` one of the default categories (named in messages/), or a city's own name shown as it is? */
export function isDefaultCategory(code: string): code is (typeof DEFAULT_CATEGORIES)[number] {
  return (DEFAULT_CATEGORIES as readonly string[]).includes(code);
}
