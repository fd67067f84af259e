// The filing review's part of the API description (filled by its part).
import type { ApiSection } from "@/lib/openapi/core";

export const filingsSection: ApiSection = { tags: [], paths: {} };
