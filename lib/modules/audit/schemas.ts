// The audit log's filter (URL parameters; invalid values are ignored).
import { z } from "zod";

export const AUDIT_PER_PAGE = 50;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const auditFilterSchema = z.object({
  action: z.string().trim().max(60).optional().catch(undefined),
  entityType: z.string().trim().max(40).optional().catch(undefined),
  actor: z.string().trim().max(50).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
