// The vote engine's part of the API description (filled by its part).
import type { ApiSection } from "@/lib/openapi/core";

export const votesSection: ApiSection = { tags: [], paths: {} };
