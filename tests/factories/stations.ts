// Test data for the stations console: deputies, stations, station staff accounts. Rows are written through
// `unsafePrisma` with an explicit tenantId, never through the actions under test.
import { unsafePrisma } from "@/lib/db";
import { loadMember } from "@/lib/member";
import { createUser, uniqueSuffix } from "./index";

type TenantRef = { id: string };

/** A deputy in office (a fresh name unless told), linked to an account when `userId` is given. */
export function stationDeputy(
  tenant: TenantRef,
  data: { name?: string; level?: "NATIONAL" | "PROVINCIAL" | "CITY" | "COUNTY" | "TOWNSHIP"; userId?: string } = {},
) {
  return unsafePrisma.deputy.create({
    data: {
      tenantId: tenant.id,
      name: data.name ?? `代表${uniqueSuffix(6)}`,
      gender: "MALE",
      birthYear: 1970,
      level: data.level ?? "COUNTY",
      term: "第十届",
      userId: data.userId ?? null,
    },
  });
}

/** A station (community, active) in `areaId` when given. */
export function station(tenant: TenantRef, data: { name?: string; areaId?: string | null; active?: boolean } = {}) {
  return unsafePrisma.liaisonStation.create({
    data: {
      tenantId: tenant.id,
      name: data.name ?? `联络站${uniqueSuffix(6)}`,
      kind: "COMMUNITY",
      areaId: data.areaId ?? null,
      active: data.active ?? true,
    },
  });
}

/** An account of the deputy-affairs office (代表工作). */
export const deputyAffairsUser = (tenant: TenantRef) => createUser(tenant, { roles: ["deputyAffairs"] });

/** A station staff account scoped to `stationIds`. */
export const stationUser = (tenant: TenantRef, ...stationIds: string[]) =>
  createUser(tenant, { roles: stationIds.map((scopeId) => ({ role: "station" as const, scopeId })) });

/** A deputy's own account (role deputy) and the deputy linked to it. */
export async function deputyWithAccount(tenant: TenantRef) {
  const user = await createUser(tenant, { roles: ["deputy"] });
  const deputy = await stationDeputy(tenant, { userId: user.id });
  return { user, deputy };
}

/** The member a user is, as the page guards load it. */
export async function memberOf(user: { id: string; tenantId: string }) {
  return (await loadMember(user.tenantId, {
    kind: "tenant",
    userId: user.id,
    tenantId: user.tenantId,
    authAt: Date.now(),
  }))!;
}
