// Suggestions for tests: a city with everyone a suggestion meets (the office, a leader, a committee member, a
// lead deputy and two co-signers with accounts, a lead and an assisting unit with an account each), and a
// suggestion inserted directly in any state, with its signers and (from ASSIGNED on) its units — for tests of a
// later step that need not walk the earlier ones. Tests of a move itself go through the move's action.
import { unsafePrisma } from "@/lib/db";
import { addShanghaiDays, dayToDate, todayInShanghai } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SuggestionStatus } from "@/lib/modules/suggestions";
import { ASSIGNED_STATUSES } from "@/lib/modules/suggestions";
import { createCommittee, createTenant, createUnit, createUser, type TestTenant } from "./index";
import { deputyWithAccount } from "./stations";

export type SuggestionCity = Awaited<ReturnType<typeof suggestionCity>>;

export async function suggestionCity(tenant?: TestTenant) {
  const t = tenant ?? (await createTenant());
  const committee = await createCommittee(t);
  const leadUnit = await createUnit(t);
  const assistUnit = await createUnit(t);
  const otherUnit = await createUnit(t);
  const lead = await deputyWithAccount(t);
  const co1 = await deputyWithAccount(t);
  const co2 = await deputyWithAccount(t);
  return {
    tenant: t,
    committee,
    leadUnit,
    assistUnit,
    otherUnit,
    lead,
    co1,
    co2,
    office: await createUser(t, { roles: ["deputyAffairs"] }),
    leader: await createUser(t, { roles: ["leader"] }),
    committeeUser: await createUser(t, { roles: [{ role: "committee", scopeId: committee.id }] }),
    leadUnitUser: await createUser(t, { roles: [{ role: "unit", scopeId: leadUnit.id }] }),
    assistUnitUser: await createUser(t, { roles: [{ role: "unit", scopeId: assistUnit.id }] }),
    otherUnitUser: await createUser(t, { roles: [{ role: "unit", scopeId: otherUnit.id }] }),
  };
}

export type InsertSuggestion = {
  status?: SuggestionStatus;
  kind?: "MOTION" | "SUGGESTION";
  /** Confirmed co-signers (default: co1; co2 invited, unconfirmed). */
  cosigners?: { deputyId: string; confirmed: boolean }[];
  /** Assigned this many calendar days ago (default today). */
  assignedDaysAgo?: number;
  data?: Partial<Prisma.SuggestionUncheckedCreateInput>;
};

/** A suggestion in `status` (default SUBMITTED), led by the city's lead deputy; assigned ones to the lead and the
 *  assisting unit, due in 65 calendar days (tests of the clock set dueOn themselves). */
export async function insertSuggestion(c: SuggestionCity, o: InsertSuggestion = {}) {
  const status = o.status ?? "SUBMITTED";
  const assigned = (ASSIGNED_STATUSES as readonly string[]).includes(status);
  const assignedAt = addShanghaiDays(new Date(), -(o.assignedDaysAgo ?? 0));
  const dueOn = dayToDate(todayInShanghai(addShanghaiDays(assignedAt, 91)));
  const year = Number(todayInShanghai().slice(0, 4));
  const s = await unsafePrisma.suggestion.create({
    data: {
      tenantId: c.tenant.id,
      kind: o.kind ?? "SUGGESTION",
      timing: "RECESS",
      year,
      title: `关于改善城区停车的建议 ${Math.random().toString(36).slice(2, 8)}`,
      body: "城区老旧小区停车难，建议利用边角地建设停车场。",
      category: "urban",
      leadDeputyId: c.lead.deputy.id,
      status,
      createdById: c.lead.user.id,
      submittedAt: status === "DRAFT" ? null : new Date(),
      acceptedAt: ["DRAFT", "SUBMITTED", "REVISING"].includes(status) ? null : new Date(),
      ...(assigned ? { leadUnitId: c.leadUnit.id, assignedAt, dueOn } : {}),
      ...(status === "IN_PLAN" ? { replyCategory: "B" as const, promisedOn: dueOn } : {}),
      ...o.data,
    },
  });
  const cosigners = o.cosigners ?? [
    { deputyId: c.co1.deputy.id, confirmed: true },
    { deputyId: c.co2.deputy.id, confirmed: false },
  ];
  await unsafePrisma.suggestionSigner.createMany({
    data: [
      { tenantId: c.tenant.id, suggestionId: s.id, deputyId: c.lead.deputy.id, role: "LEAD", confirmedAt: new Date() },
      ...cosigners.map((x) => ({
        tenantId: c.tenant.id,
        suggestionId: s.id,
        deputyId: x.deputyId,
        role: "COSIGNER" as const,
        confirmedAt: x.confirmed ? new Date() : null,
      })),
    ],
  });
  if (assigned) {
    await unsafePrisma.suggestionAssignment.createMany({
      data: [
        { tenantId: c.tenant.id, suggestionId: s.id, unitId: c.leadUnit.id, role: "LEAD", assignedAt, dueOn },
        {
          tenantId: c.tenant.id,
          suggestionId: s.id,
          unitId: c.assistUnit.id,
          role: "ASSIST",
          assignedAt,
          dueOn,
          viewDueOn: dueOn,
        },
      ],
    });
  }
  return s;
}
