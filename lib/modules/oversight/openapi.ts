// The oversight module's part of the API description: the year's activities, a finished inquiry's public record,
// the livelihood projects.
import type { ApiSection } from "@/lib/openapi/core";
import { activitiesApi } from "./openapi-activities";
import { inquiryApi } from "./openapi-inquiry";
import { projectsApi } from "./openapi-projects";

const parts = [activitiesApi, inquiryApi, projectsApi];

export const oversightSection: ApiSection = {
  tags: parts.flatMap((p) => p.tags),
  paths: Object.assign({}, ...parts.map((p) => p.paths)),
  schemas: Object.assign({}, ...parts.map((p) => p.schemas ?? {})),
};
