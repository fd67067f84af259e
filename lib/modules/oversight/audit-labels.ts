// Human names of the module's audited objects, one part's entity types each.
import type { AuditLabeler } from "../define";
import { activitiesLabels } from "./audit-labels-activities";
import { inquiryLabels } from "./audit-labels-inquiry";
import { projectsLabels } from "./audit-labels-projects";
import { rectificationLabels } from "./audit-labels-rectification";

export const auditLabels: AuditLabeler = {
  ...activitiesLabels,
  ...inquiryLabels,
  ...rectificationLabels,
  ...projectsLabels,
};
