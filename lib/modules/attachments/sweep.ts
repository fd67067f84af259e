// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds anything.
import { getAttachment, openAttachment } from "./queries-attachments";

export const lookups = {
  attachment: getAttachment,
  // The bytes too, not only the metadata.
  content: async (tenantId: string, id: string) => {
    const content = await openAttachment(tenantId, id);
    await content?.stream.cancel();
    return content;
  },
};
