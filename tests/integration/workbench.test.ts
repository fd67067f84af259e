// The workbench (lib/workbench.ts): every module's items for the member, from real rows — proposals awaiting
// screening and the member's own proposals (legislation), opinions still to dispose (consultation), assignments
// due (contact points) — with their deadlines in working days, and nothing for roles the work is not theirs.
import { describe, expect, test } from "vitest";
import { todayInShanghai } from "@/lib/dates";
import { loadMember } from "@/lib/member";
import type { WorkItem } from "@/lib/modules/define";
import { findActiveTenant } from "@/lib/tenant";
import { byUrgency, workbenchFor } from "@/lib/workbench";
import { createTenant, createUser, type TestTenant, type TestUser } from "../factories";
import { createConsultation, createOpinions } from "../factories/consultation";
import { createAssignment, createContactPoint, createCoordinator } from "../factories/consultation-points";
import { createCall, daysFromToday } from "../factories/legislation";
import { unsafePrisma } from "@/lib/db";
import { newReceiptCode } from "@/lib/receipt";

async function itemsFor(tenant: TestTenant, user: TestUser): Promise<WorkItem[]> {
  const record = (await findActiveTenant(tenant.slug))!;
  const member = (await loadMember(tenant.id, {
    kind: "tenant",
    tenantId: tenant.id,
    userId: user.id,
    authAt: Date.now(),
  }))!;
  return (await workbenchFor(record, member)).flatMap((s) => s.items).sort(byUrgency);
}

describe("the workbench", () => {
  test("legislative staff see proposals to screen and consultations with opinions to dispose, due in working days", async () => {
    const tenant = await createTenant();
    const staff = await createUser(tenant, { roles: ["legislative"] });
    const call = await createCall(tenant);
    for (const status of ["SUBMITTED", "SUBMITTED", "SCREENING", "IN_PLAN"] as const) {
      await unsafePrisma.legislativeProposal.create({
        data: {
          tenantId: tenant.id,
          callId: call.id,
          receiptCode: newReceiptCode(),
          title: "关于制定某条例的建议",
          necessity: "需要",
          mainContent: "内容",
          proposerType: "PUBLIC",
          status,
        },
      });
    }
    const { consultation } = await createConsultation(tenant);
    await createOpinions(tenant, consultation, 3);
    const items = await itemsFor(tenant, staff);
    const screening = items.find((i) => i.id === `legislation.screening:${call.id}`);
    expect(screening).toMatchObject({
      count: 3,
      values: { submitted: 2 },
      href: expect.stringContaining("?status=SUBMITTED"),
    });
    const pending = items.find((i) => i.id === `consultation.pending:${consultation.id}`)!;
    expect(pending).toMatchObject({
      count: 3,
      href: `/${tenant.slug}/console/consultations/${consultation.id}/opinions?status=RECEIVED`,
    });
    // The window closes in ~29 calendar days: about 20 working days, counted by the city's calendar.
    expect(pending.due!.workingDaysLeft).toBeGreaterThan(15);
    expect(pending.due!.workingDaysLeft).toBeLessThan(29);
    expect(pending.due!.day > todayInShanghai()).toBe(true);
  });

  test("a coordinator sees each consultation handed to their point, overdue first; staff see who has not answered", async () => {
    const tenant = await createTenant();
    const staff = await createUser(tenant, { roles: ["legislative"] });
    const coordinator = await createCoordinator(tenant);
    const point = await createContactPoint(tenant, { coordinatorId: coordinator.id, name: "测试银河社区联系点" });
    const [{ consultation: soon }, { consultation: later }] = await Promise.all([
      createConsultation(tenant),
      createConsultation(tenant),
    ]);
    const a = await createAssignment(tenant, soon, point, daysFromToday(-2));
    const b = await createAssignment(tenant, later, point, daysFromToday(20));
    const mine = (await itemsFor(tenant, coordinator)).filter((i) => i.id.startsWith("contactPoints."));
    expect(mine.map((i) => i.id)).toEqual([`contactPoints.assignment:${a.id}`, `contactPoints.assignment:${b.id}`]);
    expect(mine[0]!.due!.workingDaysLeft).toBeLessThan(0);
    expect(mine[0]).toMatchObject({
      href: `/${tenant.slug}/console/my-point/${a.id}`,
      values: { point: "测试银河社区联系点" },
    });
    const forStaff = await itemsFor(tenant, staff);
    expect(forStaff.find((i) => i.id === `contactPoints.outstanding:${soon.id}`)).toMatchObject({ count: 1 });
    // Once the point has answered, the item is gone.
    await unsafePrisma.consultationAssignment.update({
      where: { tenantId: tenant.id, id: a.id },
      data: { submittedAt: new Date() },
    });
    expect((await itemsFor(tenant, coordinator)).map((i) => i.id)).not.toContain(`contactPoints.assignment:${a.id}`);
  });

  test("a deputy sees their own proposals; nobody sees another city's work", async () => {
    const [tenant, other] = await Promise.all([createTenant(), createTenant()]);
    const deputy = await createUser(tenant, { roles: ["deputy"] });
    const call = await createCall(tenant);
    await unsafePrisma.legislativeProposal.create({
      data: {
        tenantId: tenant.id,
        callId: call.id,
        receiptCode: newReceiptCode(),
        title: "关于修改供热条例的建议",
        necessity: "需要",
        mainContent: "内容",
        proposerType: "DEPUTY",
        submittedById: deputy.id,
      },
    });
    const items = await itemsFor(tenant, deputy);
    expect(items).toEqual([
      expect.objectContaining({ id: "legislation.mine", count: 1, values: expect.objectContaining({ open: 1 }) }),
    ]);
    const stranger = await createUser(other, { roles: ["legislative", "deputy"] });
    expect(await itemsFor(other, stranger)).toEqual([]);
  });
});
