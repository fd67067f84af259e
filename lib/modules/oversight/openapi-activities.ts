// The activities part of the oversight API description (filled by its part).
import type { ApiSection } from "@/lib/openapi/core";

export const activitiesApi: ApiSection = { tags: [], paths: {} };
