// A city's settings for deputies' suggestions (Tenant.settings.suggestions, read through lib/tenant.ts's schema):
// its categories (these are the defaults), the legal number of signers of a motion, its clocks in working days
// and whether it publishes suggestions with their replies.
import type { TenantSettings } from "@/lib/tenant";

/** Category codes when a city names none; their names are under suggestions.categories. */
export const DEFAULT_CATEGORIES = [
  "economy",
  "urban",
  "agriculture",
  "education",
  "health",
  "social",
  "environment",
  "transport",
  "law",
  "other",
] as const;

export type SuggestionSettings = {
  categories: string[];
  /** 代表十人以上联名: the lead deputy counts. */
  motionMinSigners: number;
  /** The lead unit's clock (about three months of working days). */
  handlingWorkingDays: number;
  /** An assisting unit's view is due within about a month. */
  viewWorkingDays: number;
  rehandleWorkingDays: number;
  handbackWorkingDays: number;
  publish: boolean;
};

export function suggestionSettings(settings: Pick<TenantSettings, "suggestions">): SuggestionSettings {
  const s = settings.suggestions;
  return {
    categories: s.categories?.length ? [...s.categories] : [...DEFAULT_CATEGORIES],
    motionMinSigners: s.motionMinSigners,
    handlingWorkingDays: s.handlingWorkingDays,
    viewWorkingDays: s.viewWorkingDays,
    rehandleWorkingDays: s.rehandleWorkingDays,
    handbackWorkingDays: s.handbackWorkingDays,
    publish: s.publish,
  };
}

export function isDefaultCategory(code: string): code is (typeof DEFAULT_CATEGORIES)[number] {
  return (DEFAULT_CATEGORIES as readonly string[]).includes(code);
}
