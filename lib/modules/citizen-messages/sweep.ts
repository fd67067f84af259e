// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id or receipt
// code, none finds anything. The message is read as the office would (the widest scope), so a miss is the tenant
// filter's doing, not the viewer's.
import type { MessageViewer } from "./policy";
import { getMessage } from "./queries-messages";
import { loadMessageReceipt } from "./queries-receipt";

const OFFICE: MessageViewer = {
  id: "00000000-0000-7000-8000-000000000000",
  roles: ["deputyAffairs"],
  scopes: [{ role: "deputyAffairs", scopeId: null }],
  deputyId: null,
  deputyStationIds: [],
};

export const lookups = {
  message: (tenantId: string, id: string) => getMessage(tenantId, OFFICE, id),
  receipt: loadMessageReceipt,
};
