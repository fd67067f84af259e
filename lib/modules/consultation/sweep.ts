// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds anything.
import { getPublicConsultation } from "./queries-public";
import { getConsultation } from "./queries-consultations";
import { findOpinionReceipt } from "./queries-receipts";

export const lookups = {
  consultation: async (tenantId: string, id: string) =>
    (await getConsultation(tenantId, id)) ?? (await getPublicConsultation(tenantId, id)),
  receipt: findOpinionReceipt,
};
