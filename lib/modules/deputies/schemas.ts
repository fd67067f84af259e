// One schema per input, shared by the forms, the server actions, the import and the JSON API.
import { z } from "zod";
import { DEPUTY_LEVELS, DEPUTY_STATUSES, ENDED_STATUSES, GENDERS } from "./workflow";

/** Field limits, shared by the form, the action and the .xlsx import (a longer cell is a "too long" error). */
export const DEPUTY_LIMITS = {
  name: 50,
  ethnicity: 20,
  party: 50,
  occupation: 100,
  workUnit: 100,
  term: 20,
  delegation: 100,
  reason: 500,
} as const;
export const BIRTH_YEAR_MIN = 1900;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.dateFormat" });
const required = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });
const optional = (max: number) => z.string().trim().max(max, { error: "validation.tooLong" }).default("");
const optionalId = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));
const requiredId = z.string().min(1, { error: "validation.required" }).pipe(z.uuid());

export const deputySchema = z.strictObject({
  name: required(DEPUTY_LIMITS.name),
  gender: z.enum(GENDERS),
  ethnicity: z
    .string()
    .trim()
    .max(DEPUTY_LIMITS.ethnicity, { error: "validation.tooLong" })
    .transform((v) => v || "汉族")
    .default("汉族"),
  birthYear: z.coerce
    .number({ error: "validation.invalidFormat" })
    .int({ error: "validation.invalidFormat" })
    .min(BIRTH_YEAR_MIN, { error: "validation.invalidFormat" })
    .max(new Date().getFullYear() - 18, { error: "validation.invalidFormat" }),
  party: optional(DEPUTY_LIMITS.party),
  occupation: optional(DEPUTY_LIMITS.occupation),
  workUnit: optional(DEPUTY_LIMITS.workUnit),
  level: z.enum(DEPUTY_LEVELS),
  term: required(DEPUTY_LIMITS.term),
  delegation: optional(DEPUTY_LIMITS.delegation),
  constituencyId: optionalId,
  phone: z
    .string()
    .trim()
    .regex(/^(1\d{10})?$/, { error: "validation.phoneFormat" })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  userId: optionalId,
});
export type DeputyInput = z.infer<typeof deputySchema>;
/** An edit: a blank phone keeps the one on file (the form never holds the whole number); `clearPhone` removes it. */
export const updateDeputySchema = deputySchema.extend({ id: requiredId, clearPhone: z.boolean().default(false) });

/** 辞职 or 终止代表资格: the day it took effect and why. */
export const endDeputyTermSchema = z.strictObject({
  id: requiredId,
  status: z.enum(ENDED_STATUSES),
  statusOn: day,
  reason: required(DEPUTY_LIMITS.reason),
});

export const revealDeputyPhoneSchema = z.strictObject({ deputyId: requiredId });

const page = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The console list's filters (from the URL; a bad value is ignored rather than an error page). */
export const deputyListFilterSchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  district: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  level: z.preprocess(blankToUndefined, z.enum(DEPUTY_LEVELS).optional()).catch(undefined),
  term: z.string().trim().max(DEPUTY_LIMITS.term).optional().catch(undefined),
  delegation: z.string().trim().max(DEPUTY_LIMITS.delegation).optional().catch(undefined),
  status: z.preprocess(blankToUndefined, z.enum(DEPUTY_STATUSES).optional()).catch(undefined),
  page,
});
export type DeputyListFilter = z.infer<typeof deputyListFilterSchema>;

export const PUBLIC_DEPUTIES_MAX = 100;
/** The public API's parameters: unlike the console's, a bad one is refused (422 naming the parameter). */
export const publicDeputyQuerySchema = z.strictObject({
  district: z.uuid().optional(),
  level: z.enum(DEPUTY_LEVELS).optional(),
  delegation: z.string().trim().max(DEPUTY_LIMITS.delegation, { error: "validation.tooLong" }).optional(),
  q: z.string().trim().max(DEPUTY_LIMITS.name, { error: "validation.tooLong" }).optional(),
  limit: z.coerce.number().int().min(1).max(PUBLIC_DEPUTIES_MAX).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PublicDeputyQuery = z.infer<typeof publicDeputyQuerySchema>;

export const IMPORT_MAX_ROWS = 20_000;
/** The cells of one data row of the import file, as text, keyed by column (see ./import-columns.ts). */
const importCell = z.string().max(2_000);
export const importDeputiesSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  /** "all": store nothing unless every row is valid; "valid": store the valid rows only. */
  mode: z.enum(["all", "valid"]),
  /** For "valid": how many rows the user was told would be stored; a different count refuses (the registry moved). */
  expected: z.number().int().min(0).optional(),
  rows: z
    .array(z.strictObject({ row: z.number().int().min(1), cells: z.record(z.string(), importCell) }))
    .max(IMPORT_MAX_ROWS),
});
export type ImportDeputiesInput = z.infer<typeof importDeputiesSchema>;
