import "server-only";
// The audit module's server face: the append-only log, read by admins.
export * from "./client";
export { default as auditModule } from "./module";
export { listAuditEvents, auditFacets } from "./queries";
