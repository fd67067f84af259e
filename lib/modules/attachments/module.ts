// Attachments (issue #9, 6g): one storage for every module's files — station photos, evidence, reply letters,
// bills, a draft's original. Other modules store and link files through the face; the module serves them.
import { defineModule } from "../define";

export default defineModule({
  name: "attachments",
  folder: "attachments",
  models: ["Attachment", "AttachmentContent"],
  // Who may read a file is recorded on the file itself (public, or a permission of the module it belongs to).
  permissions: {},
  messages: { server: ["attachments"], client: [] },
  sweep: {
    as: "legislative",
    sample: `SELECT "id"::text AS attachment, "id"::text AS content FROM "Attachment"
      WHERE "tenantId" = $1 AND "access" = 'legislation.view' ORDER BY "createdAt", "id" LIMIT 1`,
    api: ["/api/v1/{tenant}/attachments/{attachment}"],
    lookups: async () => (await import("./sweep")).lookups,
  },
});
