// Filing review test data: a city with the legislative affairs office, a reviewing committee and another, an
// issuer unit and another unit, each with an account; filings inserted directly (unsafePrisma, explicit tenantId).
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import type { Result } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  createCommittee,
  createTenant,
  createUnit,
  createUser,
  sessionFor,
  uniqueSuffix,
  type TestUser,
} from "./index";

export async function filingCity() {
  const tenant = await createTenant();
  const committee = await createCommittee(tenant);
  const otherCommittee = await createCommittee(tenant);
  const unit = await createUnit(tenant);
  const otherUnit = await createUnit(tenant);
  return {
    tenant,
    committee,
    otherCommittee,
    unit,
    otherUnit,
    office: await createUser(tenant, { roles: ["legislative"] }),
    committeeUser: await createUser(tenant, { roles: [{ role: "committee", scopeId: committee.id }] }),
    otherCommitteeUser: await createUser(tenant, { roles: [{ role: "committee", scopeId: otherCommittee.id }] }),
    unitUser: await createUser(tenant, { roles: [{ role: "unit", scopeId: unit.id }] }),
    otherUnitUser: await createUser(tenant, { roles: [{ role: "unit", scopeId: otherUnit.id }] }),
  };
}
export type FilingCity = Awaited<ReturnType<typeof filingCity>>;

type Def = Parameters<typeof executeAction>[0];
export function actAs(c: FilingCity, user: TestUser | { id: string; tenantId: string }) {
  return <R = unknown>(def: Def, input: unknown) =>
    executeAction(def, c.tenant.slug, input, sessionFor(user)) as Promise<Result<R>>;
}

/** A filing inserted directly (default: REVIEWING by the city's committee, issued by its unit, due in 30 days). */
export function insertFiling(c: FilingCity, data: Partial<Prisma.NormativeFilingUncheckedCreateInput> = {}) {
  const today = todayInShanghai();
  return unsafePrisma.normativeFiling.create({
    data: {
      tenantId: c.tenant.id,
      year: Number(today.slice(0, 4)),
      title: `测试规范性文件 ${uniqueSuffix(6)}`,
      issuer: "某市某局",
      issuerUnitId: c.unit.id,
      docNumber: `测试〔2026〕${uniqueSuffix(6)}号`,
      issuedOn: dayToDate(today),
      filedOn: dayToDate(today),
      text: "第一条 为了……",
      committeeId: c.committee.id,
      dueOn: new Date(dayToDate(today).getTime() + 30 * 86_400_000),
      status: "REVIEWING",
      ...data,
    },
  });
}
