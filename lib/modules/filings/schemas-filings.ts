// The filing review's forms and queries (client-safe). A file travels beside the register form (FormData),
// checked by the attachments module, never by the schema.
import { z } from "zod";
import { FILING_FINDINGS, FILING_STATUSES } from "./workflow";

export const FILING_TITLE_MAX = 300;
export const FILING_TEXT_MAX = 100_000;
export const FILING_NOTE_MAX = 5000;
/** Server actions take bodies up to 1 MB (next.config.ts): a scanned document must fit in it. */
export const FILING_FILE_MAX_BYTES = 1024 * 1024;
export const FILINGS_PAGE_DEFAULT = 50;
export const FILINGS_PAGE_MAX = 200;

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optionalDay = day.optional().or(z.literal("").transform(() => undefined));
const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => v || undefined);

export const registerFilingSchema = z.object({
  title: text(FILING_TITLE_MAX),
  issuer: text(200),
  /** The issuing unit when a department of the city issued it (its account answers the finding). */
  issuerUnitId: optionalUuid,
  docNumber: text(100),
  issuedOn: day,
  filedOn: day,
  effectiveOn: optionalDay,
  text: z.string().trim().max(FILING_TEXT_MAX).default(""),
  /** Assign it at once. */
  committeeId: optionalUuid,
});
export type RegisterFilingInput = z.infer<typeof registerFilingSchema>;

export const assignFilingSchema = z.object({ id: z.uuid(), committeeId: z.uuid() });
export const reviewFilingSchema = z.object({
  id: z.uuid(),
  finding: z.enum(FILING_FINDINGS),
  note: text(FILING_NOTE_MAX),
});
export const respondFilingSchema = z.object({ id: z.uuid(), body: text(FILING_NOTE_MAX) });

/** The console list's filter. */
export const filingListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(FILING_STATUSES).optional(),
  overdue: z.boolean().optional(),
  q: z.string().trim().max(100).optional(),
});
export type FilingListQuery = z.infer<typeof filingListQuerySchema>;

/** GET /api/v1/{city}/filings. */
export const publicFilingsQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(FILINGS_PAGE_MAX).default(FILINGS_PAGE_DEFAULT),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
