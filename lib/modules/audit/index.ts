export { listAuditEvents, auditFacets, auditFilterSchema, AUDIT_PER_PAGE, type AuditFilter } from "./queries";
