import "server-only";
// The audit module's server face: the append-only log, read by admins.
export * from "./client";
export { default as auditModule } from "./module";
export { listAuditEvents, auditFacets } from "./queries";
export { listReadableAuditEvents, auditFilterOptions, type ReadableAuditEvent } from "./readable";
export { describeChanges, collectRefs, type Change, type ChangeContext } from "./changes";
export { auditNames, type AuditNames } from "./names";
