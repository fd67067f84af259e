// The refusals an upload can meet. Their messages live in messages/<locale>/attachments.json (errors.*), named by
// full key, so lib/result.ts answers them in the uploader's language; values are language-neutral ("20 MB",
// "JPG/PNG/PDF").
import { AppError } from "@/lib/errors";
import { ATTACHMENT_TYPES, formatBytes, type AttachmentType } from "./types";

export const typeList = (types: readonly AttachmentType[]) => types.map((t) => ATTACHMENT_TYPES[t].label).join("/");

export const refusal = {
  tooLarge: (limit: number) =>
    new AppError("PAYLOAD_TOO_LARGE", "attachments.errors.tooLarge", { limit: formatBytes(limit) }),
  empty: () => new AppError("VALIDATION", "attachments.errors.empty"),
  unsupportedType: (allowed: readonly AttachmentType[]) =>
    new AppError("UNSUPPORTED_MEDIA_TYPE", "attachments.errors.unsupportedType", { allowed: typeList(allowed) }),
  damagedImage: () => new AppError("UNSUPPORTED_MEDIA_TYPE", "attachments.errors.damagedImage"),
  tooManyPixels: (megapixels: number) =>
    new AppError("PAYLOAD_TOO_LARGE", "attachments.errors.tooManyPixels", { megapixels }),
};
