// Human names of polls in the audit log (filled by its part).
import type { AuditLabeler } from "../define";

export const auditLabels: AuditLabeler = {};
