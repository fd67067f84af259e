// A city's oversight clocks (Tenant.settings.oversight, read through lib/tenant.ts's schema), in working days.
import type { TenantSettings } from "@/lib/tenant";

export type OversightSettings = {
  /** A unit's report on the deliberation opinions sent to it (研究处理情况报告). */
  reportBackWorkingDays: number;
  /** A rectification task's deadline. */
  rectificationWorkingDays: number;
  /** The review of a filed normative document (备案审查). */
  filingReviewWorkingDays: number;
};

export function oversightSettings(settings: Pick<TenantSettings, "oversight">): OversightSettings {
  return { ...settings.oversight };
}
