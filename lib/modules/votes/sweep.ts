// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds
// anything. The poll is read as one who runs polls would (no voter row needed), and its results as the results
// route reads them.
import { getPollResults } from "./face";
import { getPollView } from "./queries-view";

const NOBODY = "00000000-0000-7000-8000-000000000000";

export const lookups = {
  poll: async (tenantId: string, id: string) =>
    (await getPollView(tenantId, NOBODY, id, true)) ?? (await getPollResults(tenantId, id)),
};
