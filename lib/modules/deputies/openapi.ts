import type { ApiSection } from "@/lib/openapi/core";

export const deputiesSection: ApiSection = { tags: [], paths: {} };
