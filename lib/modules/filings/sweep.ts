// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds
// anything. The filing is read as the legislative affairs office would (it sees every filing of its city), so a
// miss is the tenant filter's doing, not the viewer's.
import type { Member } from "@/lib/member";
import { getFiling } from "./queries-filings";

const OFFICE: Pick<Member, "roles" | "scopes"> = {
  roles: ["legislative"],
  scopes: [{ role: "legislative", scopeId: null }],
};

export const lookups = {
  filing: (tenantId: string, id: string) => getFiling(tenantId, OFFICE, id),
};
