// Test data for notifications and the reminder scans: notification rows, and consultations whose window is set
// around a fixed moment (the scans take their "now" as a parameter, so the tests can pick the day of the week).
// Like ./index.ts, rows are written through `unsafePrisma` with an explicit tenantId.
import { unsafePrisma } from "@/lib/db";
import { uniqueSuffix } from "./index";

export function createNotification(
  tenant: { id: string },
  user: { id: string },
  opts: { createdAt?: Date; readAt?: Date | null; messageKey?: string; values?: object; href?: string } = {},
) {
  return unsafePrisma.notification.create({
    data: {
      tenantId: tenant.id,
      userId: user.id,
      kind: "test.kind",
      messageKey: opts.messageKey ?? "contactPoints.reminders.dueToday",
      values: opts.values ?? { title: `《测试条例（草案）》征求意见 ${uniqueSuffix(4)}` },
      href: opts.href ?? "/console/my-point",
      dedupeKey: `test:${uniqueSuffix(12)}`,
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
      readAt: opts.readAt ?? null,
    },
  });
}

/** Moves a consultation's window to [startsAt, endsAt). */
export function setWindow(tenant: { id: string }, consultation: { id: string }, startsAt: Date, endsAt: Date) {
  return unsafePrisma.consultation.updateMany({
    where: { tenantId: tenant.id, id: consultation.id },
    data: { startsAt, endsAt },
  });
}

/** The end of a Shanghai calendar day (its midnight, 16:00 UTC), as a consultation's `endsAt` on its last day. */
export function endOfShanghaiDay(day: string): Date {
  return new Date(`${day}T16:00:00.000Z`);
}
