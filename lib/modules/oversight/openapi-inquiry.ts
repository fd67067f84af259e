// The inquiry part of the oversight API description (filled by its part).
import type { ApiSection } from "@/lib/openapi/core";

export const inquiryApi: ApiSection = { tags: [], paths: {} };
