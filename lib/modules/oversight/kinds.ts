// The oversight module's vocabulary (DESIGN glossary): activity kinds and states, problem severities, the
// inquiry's phases, rectification and project states. Their names are under the `oversight` messages.
import type {
  InquiryStatus,
  OversightKind,
  OversightStatus,
  ParticipantKind,
  ProblemSeverity,
  ProjectStatus,
  RectificationStatus,
} from "@/lib/generated/prisma/enums";

export type {
  InquiryStatus,
  OversightKind,
  OversightStatus,
  ParticipantKind,
  ProblemSeverity,
  ProjectStatus,
  RectificationStatus,
};

export const OVERSIGHT_KINDS = [
  "WORK_REPORT",
  "LAW_INSPECTION",
  "INSPECTION_VISIT",
  "RESEARCH",
  "APPRAISAL",
  "SPECIAL_INQUIRY",
] as const satisfies readonly OversightKind[];
export const OVERSIGHT_STATUSES = [
  "PLANNED",
  "UNDERWAY",
  "REPORTED",
  "OPINIONS_SENT",
  "RECTIFYING",
  "REVIEWING",
  "DONE",
  "CANCELLED",
] as const satisfies readonly OversightStatus[];
export const PROBLEM_SEVERITIES = ["MINOR", "MODERATE", "SERIOUS"] as const satisfies readonly ProblemSeverity[];
export const INQUIRY_STATUSES = [
  "RESEARCH",
  "SESSION",
  "VOTING",
  "RECTIFYING",
  "REVIEW",
  "CLOSED",
] as const satisfies readonly InquiryStatus[];
export const RECTIFICATION_STATUSES = [
  "OPEN",
  "SUBMITTED",
  "ACCEPTED",
  "RETURNED",
  "REOPENED",
] as const satisfies readonly RectificationStatus[];
export const PROJECT_STATUSES = [
  "CANDIDATE",
  "CHOSEN",
  "NOT_CHOSEN",
  "UNDERWAY",
  "DONE",
] as const satisfies readonly ProjectStatus[];
/** Problem categories, named under oversight.problemCategories. */
export const PROBLEM_CATEGORIES = [
  "enforcement",
  "supervision",
  "service",
  "facilities",
  "funding",
  "policy",
  "other",
] as const;
/** Where a livelihood project is decided, named under oversight.projectLevels. */
export const PROJECT_LEVELS = ["CITY", "COUNTY", "TOWNSHIP"] as const;
