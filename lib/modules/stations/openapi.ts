import type { ApiSection } from "@/lib/openapi/core";

export const stationsSection: ApiSection = { tags: [], paths: {} };
