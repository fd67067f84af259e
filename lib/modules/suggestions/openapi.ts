// The suggestions module's part of the API description (part: stats). Placeholder until that part lands.
import type { ApiSection } from "@/lib/openapi/core";

export const suggestionsSection: ApiSection = { tags: [], paths: {} };
