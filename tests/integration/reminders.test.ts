// Deadline reminders (issue #9 item 6c) against real PostgreSQL: the contact points' due-date scan and the
// consultations' closing scan pick the right deadlines by the city's working days (weekends, holidays, a due date
// on a day off moving to the next working day), tell the right people with the right message, and tell each of
// them once however often they run. The scans take "now" as a parameter: Wednesday 9 December 2026, 09:00 in
// Shanghai, a week with no holiday (the test cities' calendars are weekends only unless a test adds a day).
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { remindClosingConsultationsIn } from "@/lib/modules/consultation/remind-closing-consultations";
import { remindDueAssignmentsIn } from "@/lib/modules/contact-points/remind-due-assignments";
import { createTenant, createUser, type TestTenant } from "../factories";
import { createOpinions } from "../factories/consultation";
import {
  createAssignment,
  createConsultation,
  createContactPoint,
  createCoordinator,
} from "../factories/consultation-points";
import { endOfShanghaiDay, setWindow } from "../factories/notifications";

const NOW = new Date("2026-12-09T01:00:00.000Z"); // Wednesday 09:00 Shanghai
const DAY = 86_400_000;

function rows(tenant: { id: string }) {
  return unsafePrisma.notification.findMany({
    where: { tenantId: tenant.id },
    select: { userId: true, kind: true, messageKey: true, values: true, href: true, dedupeKey: true },
    orderBy: [{ dedupeKey: "asc" }, { userId: "asc" }],
  });
}

/** An open consultation around NOW (from a day before to `endsAt`). */
async function openConsultation(tenant: TestTenant, endsAt = new Date(NOW.getTime() + 20 * DAY)) {
  const { consultation } = await createConsultation(tenant);
  await setWindow(tenant, consultation, new Date(NOW.getTime() - DAY), endsAt);
  return { ...consultation, endsAt };
}

async function pointWithCoordinator(tenant: TestTenant) {
  const coordinator = await createCoordinator(tenant);
  const point = await createContactPoint(tenant, { coordinatorId: coordinator.id });
  return { point, coordinator };
}

describe("contact points' due dates", () => {
  test("three working days, one, the day itself, overdue (with the staff), a weekend due date; each once", async () => {
    const tenant = await createTenant();
    const staff = await createUser(tenant, { roles: ["legislative"] });
    const otherStaff = await createUser(tenant, { roles: ["legislative"], active: false });
    const c = await openConsultation(tenant);
    const cases = {
      d3: "2026-12-14", // Mon: Thu, Fri, Mon
      d1: "2026-12-10", // Thu
      today: "2026-12-09",
      overdue: "2026-12-08",
      far: "2026-12-15", // Tue: four working days, nothing yet
      weekend: "2026-12-12", // Sat: counts as Monday, three working days
    } as const;
    const made: Record<string, { assignment: { id: string }; coordinator: { id: string } }> = {};
    for (const [name, due] of Object.entries(cases)) {
      const { point, coordinator } = await pointWithCoordinator(tenant);
      made[name] = { assignment: await createAssignment(tenant, c, point, due), coordinator };
    }
    // A coordinator linked only by the role's scope hears too.
    const scopedPoint = await createContactPoint(tenant);
    const scoped = await createCoordinator(tenant, scopedPoint.id);
    const scopedAssignment = await createAssignment(tenant, c, scopedPoint, cases.d1);
    // Nothing for a point that already sent, or for a consultation that no longer takes opinions.
    const sent = await pointWithCoordinator(tenant);
    const sentAssignment = await createAssignment(tenant, c, sent.point, cases.d1);
    await unsafePrisma.consultationAssignment.updateMany({
      where: { tenantId: tenant.id, id: sentAssignment.id },
      data: { submittedAt: new Date() },
    });
    const closed = await createConsultation(tenant, { window: "closed" });
    const late = await pointWithCoordinator(tenant);
    await createAssignment(tenant, closed.consultation, late.point, cases.overdue);

    // d3, d1, today, the weekend one and the scoped coordinator's: one each; overdue: the coordinator and the staff.
    expect(await remindDueAssignmentsIn(tenant.id, NOW)).toBe(7);
    const got = await rows(tenant);
    const of = (name: keyof typeof cases) =>
      got.filter((r) => r.dedupeKey.startsWith(`assignment:${made[name]!.assignment.id}:`));
    const title = c.title;
    expect(of("d3")).toEqual([
      {
        userId: made.d3!.coordinator.id,
        kind: "contactPoints.assignmentDue",
        messageKey: "contactPoints.reminders.dueIn",
        values: expect.objectContaining({ title, days: 3, dueOn: { day: "2026-12-14" } }),
        href: `/console/my-point/${made.d3!.assignment.id}`,
        dedupeKey: `assignment:${made.d3!.assignment.id}:2026-12-14:d3`,
      },
    ]);
    expect(of("d1")).toMatchObject([{ messageKey: "contactPoints.reminders.dueIn", values: { days: 1 } }]);
    expect(of("d1")[0]!.dedupeKey).toMatch(/:2026-12-10:d1$/);
    expect(of("today")).toMatchObject([{ messageKey: "contactPoints.reminders.dueToday", values: { days: 0 } }]);
    expect(of("weekend")).toMatchObject([
      { messageKey: "contactPoints.reminders.dueIn", values: { days: 3, dueOn: { day: "2026-12-12" } } },
    ]);
    expect(of("far")).toEqual([]);
    // Overdue: the coordinator, and the active legislative staff (not the disabled one), pointed at the consultation.
    expect(
      of("overdue")
        .map((r) => [r.userId, r.messageKey, r.href])
        .sort(),
    ).toEqual(
      [
        [
          made.overdue!.coordinator.id,
          "contactPoints.reminders.overdue",
          `/console/my-point/${made.overdue!.assignment.id}`,
        ],
        [staff.id, "contactPoints.reminders.overdueStaff", `/console/consultations/${c.id}`],
      ].sort(),
    );
    expect(got.map((r) => r.userId)).not.toContain(otherStaff.id);
    expect(got.filter((r) => r.userId === scoped.id)).toMatchObject([
      { dedupeKey: `assignment:${scopedAssignment.id}:2026-12-10:d1` },
    ]);
    expect(got.map((r) => r.userId)).not.toContain(sent.coordinator.id);
    expect(got.map((r) => r.userId)).not.toContain(late.coordinator.id);

    // A second run (a retry, another worker, the next hour) adds nothing.
    expect(await remindDueAssignmentsIn(tenant.id, NOW)).toBe(0);
    expect(await rows(tenant)).toHaveLength(got.length);

    // Thursday: yesterday's "today" is overdue (coordinator and staff), the Tuesday one is three working days out;
    // Thursday's own is still at its one-day level, so nothing new for it.
    expect(await remindDueAssignmentsIn(tenant.id, new Date(NOW.getTime() + DAY))).toBe(3);
    const thursday = await rows(tenant);
    expect(
      thursday.filter((r) => r.dedupeKey === `assignment:${made.today!.assignment.id}:2026-12-09:overdue`),
    ).toHaveLength(2);
    expect(thursday.filter((r) => r.dedupeKey === `assignment:${made.far!.assignment.id}:2026-12-15:d3`)).toHaveLength(
      1,
    );
    expect(thursday.filter((r) => r.dedupeKey.startsWith(`assignment:${made.d1!.assignment.id}:`))).toHaveLength(1);
    // Friday: Thursday's is overdue.
    await remindDueAssignmentsIn(tenant.id, new Date(NOW.getTime() + 2 * DAY));
    expect(
      (await rows(tenant)).filter((r) => r.dedupeKey === `assignment:${made.d1!.assignment.id}:2026-12-10:overdue`),
    ).toHaveLength(2);

    // A moved due date starts afresh.
    await unsafePrisma.consultationAssignment.updateMany({
      where: { tenantId: tenant.id, id: made.d3!.assignment.id },
      data: { dueOn: dayToDate("2026-12-11") },
    });
    expect(await remindDueAssignmentsIn(tenant.id, NOW)).toBe(1);
    expect(await rows(tenant)).toContainEqual(
      expect.objectContaining({ dedupeKey: `assignment:${made.d3!.assignment.id}:2026-12-11:d3` }),
    );
  });

  test("the city's holidays count: a holiday in between leaves fewer working days", async () => {
    const tenant = await createTenant();
    const c = await openConsultation(tenant);
    await unsafePrisma.calendarYear.create({
      data: { tenantId: tenant.id, year: 2026, confirmed: true, source: "manual" },
    });
    await unsafePrisma.calendarDay.create({
      data: { tenantId: tenant.id, day: dayToDate("2026-12-10"), kind: "HOLIDAY", name: "测试假日" },
    });
    const { point } = await pointWithCoordinator(tenant);
    const a = await createAssignment(tenant, c, point, "2026-12-14");
    // Later than three working days with weekends alone, now Fri and Mon only.
    const b = await createAssignment(tenant, c, (await pointWithCoordinator(tenant)).point, "2026-12-15");
    expect(await remindDueAssignmentsIn(tenant.id, NOW)).toBe(2);
    expect(await rows(tenant)).toEqual(
      [
        expect.objectContaining({
          dedupeKey: `assignment:${a.id}:2026-12-14:d3`,
          values: expect.objectContaining({ days: 2 }),
        }),
        expect.objectContaining({
          dedupeKey: `assignment:${b.id}:2026-12-15:d3`,
          values: expect.objectContaining({ days: 3 }),
        }),
      ].sort((x, y) => (x.dedupeKey < y.dedupeKey ? -1 : 1)),
    );
  });
});

describe("consultations closing with opinions undisposed", () => {
  test("three working days and one before the last day, to the legislative staff; each once", async () => {
    const tenant = await createTenant();
    const staff = await createUser(tenant, { roles: ["legislative"] });
    await createUser(tenant, { roles: ["committee"] });
    const d3 = await openConsultation(tenant, endOfShanghaiDay("2026-12-14"));
    const d1 = await openConsultation(tenant, endOfShanghaiDay("2026-12-10"));
    const today = await openConsultation(tenant, endOfShanghaiDay("2026-12-09"));
    const allDisposed = await openConsultation(tenant, endOfShanghaiDay("2026-12-14"));
    const far = await openConsultation(tenant, endOfShanghaiDay("2026-12-15"));
    for (const c of [d3, d1, today, far]) {
      await createOpinions(tenant, c, 3, (i) => (i === 0 ? { disposition: "ADOPTED" } : {}));
    }
    await createOpinions(tenant, allDisposed, 2, () => ({ disposition: "NOT_ADOPTED", reason: "已有规定" }));

    expect(await remindClosingConsultationsIn(tenant.id, NOW)).toBe(3);
    const got = await rows(tenant);
    expect(got.every((r) => r.userId === staff.id && r.kind === "consultation.closing")).toBe(true);
    const byKey = Object.fromEntries(got.map((r) => [r.dedupeKey, r]));
    expect(byKey[`consultation:${d3.id}:2026-12-14:d3`]).toMatchObject({
      messageKey: "consultation.reminders.closingIn",
      values: { title: d3.title, days: 3, pending: 2, closesOn: { day: "2026-12-14" } },
      href: `/console/consultations/${d3.id}/opinions?status=RECEIVED`,
    });
    expect(byKey[`consultation:${d1.id}:2026-12-10:d1`]).toMatchObject({ values: { days: 1 } });
    expect(byKey[`consultation:${today.id}:2026-12-09:d1`]).toMatchObject({
      messageKey: "consultation.reminders.closingToday",
    });
    expect(await remindClosingConsultationsIn(tenant.id, NOW)).toBe(0);

    // On Friday, the Monday one gets its second reminder and the Tuesday one its first.
    expect(await remindClosingConsultationsIn(tenant.id, new Date("2026-12-11T01:00:00Z"))).toBe(2);
    expect((await rows(tenant)).map((r) => r.dedupeKey)).toEqual(
      expect.arrayContaining([`consultation:${d3.id}:2026-12-14:d1`, `consultation:${far.id}:2026-12-15:d3`]),
    );
  });

  test("a consultation ending on a Sunday is announced by its date on the Friday before", async () => {
    const tenant = await createTenant();
    await createUser(tenant, { roles: ["legislative"] });
    const c = await openConsultation(tenant, endOfShanghaiDay("2026-12-13"));
    await createOpinions(tenant, c, 1);
    expect(await remindClosingConsultationsIn(tenant.id, new Date("2026-12-11T01:00:00Z"))).toBe(1);
    expect(await rows(tenant)).toMatchObject([
      { messageKey: "consultation.reminders.closingNoWorkday", dedupeKey: `consultation:${c.id}:2026-12-13:d1` },
    ]);
  });
});
