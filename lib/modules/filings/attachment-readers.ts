// Who reads a filing's document file (manifest `attachmentReaders`): a member who sees the filing (the city's
// staff; a unit only its own documents). Holding `filing.view` is not enough.
import type { AttachmentReader } from "../define";
import { getFiling } from "./queries-filings";

export const attachmentReaders: AttachmentReader = async (tenantId, member, file) => {
  if (!file.ownerId || file.ownerKind !== "document") return false;
  return (await getFiling(tenantId, member, file.ownerId)) !== null;
};
