// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds anything.
import { loadPublicDraft, loadPublicPlan, loadPublicRegulation, loadReceipt } from "./public-api";
import { getDraftVersion } from "./queries-drafts";
import { getPlan } from "./queries-plans";
import { getCallSummary, getProposal } from "./queries-proposals";
import { getRegulation } from "./queries-regulations";

export const lookups = {
  regulation: async (tenantId: string, id: string) =>
    (await getRegulation(tenantId, id)) ?? (await loadPublicRegulation(tenantId, id)),
  draft: async (tenantId: string, id: string) =>
    (await getDraftVersion(tenantId, id)) ?? (await loadPublicDraft(tenantId, id)),
  plan: async (tenantId: string, id: string) => (await getPlan(tenantId, id)) ?? (await loadPublicPlan(tenantId, id)),
  call: getCallSummary,
  proposal: getProposal,
  receipt: loadReceipt,
};
