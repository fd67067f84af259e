import "server-only";
// The attachments module's server face: every module's files stored in one place — PostgreSQL by default, an S3
// bucket when configured — typed by content, size-limited while streaming, and served as downloads.
// Other modules, app/ and components/ import only this and ./client.ts (everything there is here too).
export * from "./client";
export { default as attachmentsModule } from "./module";
export {
  storeAttachment,
  maxAttachmentBytes,
  type AttachmentDb,
  type StoreAttachmentInput,
  type Uploader,
} from "./store-attachment";
export { linkAttachment } from "./link-attachment";
export { getAttachment, listAttachments, openAttachment, type AttachmentContent } from "./queries-attachments";
export { serveAttachment, type ServeOptions } from "./serve-http";
export { detectAttachmentType } from "./detect";
export type { UploadBody } from "./read-limited";
export { Upload } from "./upload";
