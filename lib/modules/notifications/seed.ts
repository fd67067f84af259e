// Demo notifications, so the bell and the list have something true to show from the first start: the demo
// contact-point coordinator hears when their point's consolidated opinions on the open consultation are due
// (Liaoyuan: 《辽源市城市绿化条例（草案）》公开征求意见：你点的汇总意见将于 N 个工作日后到期), and the legislative
// staff that an open consultation still has undisposed opinions (unread), or that a closed one had them in its
// last days (read). The texts are the reminders' own messages; the working days are counted with the city's
// calendar from the day of seeding, so each says what is true that day. Idempotent per city: a city that
// already has notifications is left alone.
import { unsafePrisma } from "@/lib/db";
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import { seedLock, type SeedTx } from "@/lib/seed/seed-tx";
import type { NotificationValues } from "./values";

const HOUR = 3_600_000;

type Row = {
  userId: string;
  kind: string;
  messageKey: string;
  values: NotificationValues;
  href: string;
  dedupeKey: string;
  createdAt: Date;
  readAt: Date | null;
};

async function rowsFor(tx: SeedTx, tenantId: string, now: Date): Promise<Row[]> {
  const users = await tx.user.findMany({
    where: { tenantId, username: { in: ["contact-point", "legislative"] }, active: true },
    select: { id: true, username: true },
  });
  const coordinator = users.find((u) => u.username === "contact-point");
  const staff = users.find((u) => u.username === "legislative");
  const pointIds = coordinator
    ? (
        await tx.contactPoint.findMany({ where: { tenantId, coordinatorId: coordinator.id }, select: { id: true } })
      ).map((p) => p.id)
    : [];
  const consultations = await tx.consultation.findMany({
    where: { tenantId, startsAt: { lte: now } },
    select: { id: true, title: true, endsAt: true },
    orderBy: { endsAt: "desc" },
  });
  const cal = await workingCalendar(tenantId);
  const today = todayInShanghai(now);
  const rows: Row[] = [];
  for (const c of consultations) {
    const open = c.endsAt > now;
    const closesOn = todayInShanghai(new Date(c.endsAt.getTime() - 1));
    const pending = await tx.opinion.count({ where: { tenantId, consultationId: c.id, status: "RECEIVED" } });
    if (staff && pending > 0) {
      // A closed one: as its reminder said one working day before its last day.
      const days = open ? cal.workingDaysBetween(today, closesOn) : 1;
      const createdAt = open ? new Date(now.getTime() - 2 * HOUR) : new Date(c.endsAt.getTime() - 30 * HOUR);
      rows.push({
        userId: staff.id,
        kind: "consultation.closing",
        messageKey:
          days > 0
            ? "consultation.reminders.closingIn"
            : closesOn === today
              ? "consultation.reminders.closingToday"
              : "consultation.reminders.closingNoWorkday",
        values: { title: c.title, days, pending, closesOn: { day: closesOn } },
        href: `/console/consultations/${c.id}/opinions?status=RECEIVED`,
        dedupeKey: `seed:consultation:${c.id}:${closesOn}`,
        createdAt,
        readAt: open ? null : new Date(createdAt.getTime() + 3 * HOUR),
      });
    }
    if (!coordinator || !open) continue;
    const assignment = await tx.consultationAssignment.findFirst({
      where: { tenantId, consultationId: c.id, submittedAt: null, contactPointId: { in: pointIds } },
      select: { id: true, dueOn: true },
    });
    if (!assignment) continue;
    const dueOn = dateToDay(assignment.dueOn);
    // A due date on a day off counts as the next working day, as the reminder job counts it.
    const left = cal.workingDaysBetween(today, cal.addWorkingDays(dueOn, 0));
    rows.push({
      userId: coordinator.id,
      kind: "contactPoints.assignmentDue",
      messageKey:
        cal.addWorkingDays(dueOn, 0) < today
          ? "contactPoints.reminders.overdue"
          : left === 0
            ? "contactPoints.reminders.dueToday"
            : "contactPoints.reminders.dueIn",
      values: { title: c.title, days: left, dueOn: { day: dueOn } },
      href: `/console/my-point/${assignment.id}`,
      dedupeKey: `seed:assignment:${assignment.id}:${dueOn}`,
      createdAt: new Date(now.getTime() - 2 * HOUR),
      readAt: null,
    });
  }
  return rows;
}

export async function seedNotificationsDemo(slugs: string[], log: (msg: string) => void = () => {}) {
  const now = new Date();
  for (const slug of slugs) {
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant) continue;
    const tenantId = tenant.id;
    const made = await unsafePrisma.$transaction(
      async (tx) => {
        await seedLock(tx, `lianxin-seed-notifications:${slug}`);
        if ((await tx.notification.count({ where: { tenantId } })) > 0) return 0;
        const rows = await rowsFor(tx, tenantId, now);
        if (rows.length) await tx.notification.createMany({ data: rows.map((r) => ({ ...r, tenantId })) });
        return rows.length;
      },
      { timeout: 60_000 },
    );
    if (made) log(`seeded ${made} notifications for ${slug}`);
  }
}
