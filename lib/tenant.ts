// Resolve the tenant named in a URL. Unknown, inactive and reserved slugs resolve to nothing (→ 404).
import { cache } from "react";
import { z } from "zod";
import { unsafePrisma } from "./db";
import { RESERVED_SLUGS } from "./tenant-slug";

export { RESERVED_SLUGS, tenantSlugSchema } from "./tenant-slug";
export { cityFullName, cityShortName } from "./i18n/local-name";

/** Per-tenant settings, stored as JSON and always read through this schema (unknown keys dropped). */
export const tenantSettingsSchema = z.object({
  commentsRequireSignIn: z.boolean().default(false),
  contactPhone: z.string().max(40).default(""),
  contactAddress: z.string().max(200).default(""),
  /** Citizens' messages (lib/modules/citizen-messages): the city's categories, its clocks in working days, and
   *  whether it publishes consented replied messages on a public board. */
  messages: z
    .object({
      categories: z.array(z.string().min(1).max(20)).min(1).max(30).optional(),
      replyWorkingDays: z.number().int().min(1).max(120).default(15),
      ratingAskWorkingDays: z.number().int().min(1).max(60).default(10),
      autoCloseWorkingDays: z.number().int().min(1).max(120).default(15),
      publicBoard: z.boolean().default(false),
    })
    .default({ replyWorkingDays: 15, ratingAskWorkingDays: 10, autoCloseWorkingDays: 15, publicBoard: false }),
  /** Deputies' suggestions (lib/modules/suggestions): the city's categories, the legal number of signers of a
   *  motion, its clocks in working days, and whether it publishes suggestions with their replies. */
  suggestions: z
    .object({
      categories: z.array(z.string().min(1).max(20)).min(1).max(30).optional(),
      motionMinSigners: z.number().int().min(2).max(100).default(10),
      handlingWorkingDays: z.number().int().min(5).max(250).default(65),
      viewWorkingDays: z.number().int().min(1).max(120).default(22),
      rehandleWorkingDays: z.number().int().min(1).max(250).default(22),
      handbackWorkingDays: z.number().int().min(1).max(30).default(7),
      publish: z.boolean().default(false),
    })
    .default({
      motionMinSigners: 10,
      handlingWorkingDays: 65,
      viewWorkingDays: 22,
      rehandleWorkingDays: 22,
      handbackWorkingDays: 7,
      publish: false,
    }),
  /** Oversight (lib/modules/oversight, lib/modules/filings): the clocks in working days of the units' reports on
   *  deliberation opinions, of rectification tasks and of a filed document's review. */
  oversight: z
    .object({
      reportBackWorkingDays: z.number().int().min(5).max(250).default(40),
      rectificationWorkingDays: z.number().int().min(5).max(250).default(60),
      filingReviewWorkingDays: z.number().int().min(5).max(120).default(30),
    })
    .default({ reportBackWorkingDays: 40, rectificationWorkingDays: 60, filingReviewWorkingDays: 30 }),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export type TenantRecord = {
  id: string;
  slug: string;
  shortName: string;
  fullName: string;
  /** English short and full names, "" when the city gives none; shown through lib/i18n/local-name.ts. */
  nameEn: string;
  fullNameEn: string;
  province: string;
  intro: string;
  settings: TenantSettings;
};

export const findActiveTenant = cache(async (slug: string): Promise<TenantRecord | null> => {
  if (typeof slug !== "string" || RESERVED_SLUGS.has(slug) || !/^[a-z][a-z0-9-]{1,39}$/.test(slug)) return null;
  const row = await unsafePrisma.tenant.findUnique({ where: { slug } });
  if (!row || !row.active) return null;
  const settings = tenantSettingsSchema.safeParse(row.settings ?? {});
  return {
    id: row.id,
    slug: row.slug,
    shortName: row.shortName,
    fullName: row.fullName,
    nameEn: row.nameEn,
    fullNameEn: row.fullNameEn,
    province: row.province,
    intro: row.intro,
    settings: settings.success ? settings.data : tenantSettingsSchema.parse({}),
  };
});
