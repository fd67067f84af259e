// The audit log's filter (URL parameters; invalid values are ignored).
import { z } from "zod";

export const AUDIT_PER_PAGE = 50;

/** A real calendar day (2026-13-45 is no day: ignored like any bad value, not a 500 further down). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => {
    const at = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(d);
  });
export const auditFilterSchema = z.object({
  action: z.string().trim().max(60).optional().catch(undefined),
  entityType: z.string().trim().max(40).optional().catch(undefined),
  actor: z.string().trim().max(50).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
