import type { AuditLabeler } from "../define";

export const auditLabels: AuditLabeler = {};
