// The inquiry part of the oversight audit labels (filled by its part).
import type { AuditLabeler } from "../define";

export const inquiryLabels: AuditLabeler = {};
