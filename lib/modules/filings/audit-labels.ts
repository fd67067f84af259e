// Human names of filings in the audit log: a filing is its title.
import type { AuditLabeler } from "../define";
import { filingTitlesByIds } from "./queries-filings";

export const auditLabels: AuditLabeler = {
  NormativeFiling: async (tenantId, ids) =>
    new Map((await filingTitlesByIds(tenantId, ids)).map((f) => [f.id, f.title])),
};
