import { defineAction } from "@/lib/action";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { consultationState, findConsultation } from "@/lib/modules/consultation";
import { pointRefusal } from "./point-errors";
import { upsertAssignments } from "./queries-assignments";
import { assignConsultationSchema } from "./schemas";

/** The last Shanghai day of a window that ends at `endsAt` (an end at midnight belongs to the day before). */
function lastDay(endsAt: Date): string {
  return todayInShanghai(new Date(endsAt.getTime() - 1));
}

/**
 * Hands a consultation to chosen contact points with the date their consolidated opinions are due. Assigning a
 * point again only moves its due date, so the staff page can simply be submitted again with a new date.
 */
export const assignConsultation = defineAction({
  name: "consultation.assignContactPoints",
  permission: "consultation.manage",
  schema: assignConsultationSchema,
  async run({ tx, tenant, request }, input) {
    const consultation = await findConsultation(tx, input.consultationId);
    if (!consultation) throw new AppError("NOT_FOUND");
    const ids = [...new Set(input.contactPointIds)];
    const points = await tx.contactPoint.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, active: true },
    });
    // A point of another city is indistinguishable from one that does not exist.
    if (points.length !== ids.length) throw new AppError("NOT_FOUND");

    const state = consultationState(consultation);
    if (state !== "SCHEDULED" && state !== "OPEN")
      throw await pointRefusal(request.locale, "CONFLICT", { consultationId: "assignClosed" });
    if (!consultation.channels.includes("CONTACT_POINT"))
      throw await pointRefusal(request.locale, "CONFLICT", { consultationId: "channelOff" });
    const inactive = points.filter((p) => !p.active);
    if (inactive.length)
      throw await pointRefusal(request.locale, "VALIDATION", {
        contactPointIds: ["pointInactive", { names: inactive.map((p) => p.name).join("、") }],
      });
    // Opinions are taken only while the consultation is open, so a due date outside the window could never be met.
    const earliest = [todayInShanghai(), todayInShanghai(consultation.startsAt)].sort().at(-1)!;
    const latest = lastDay(consultation.endsAt);
    if (input.dueOn < earliest || input.dueOn > latest) {
      throw await pointRefusal(request.locale, "VALIDATION", {
        dueOn: ["dueOutsideWindow", { from: dayToDate(earliest), to: dayToDate(latest) }],
      });
    }

    const before = await tx.consultationAssignment.findMany({
      where: { consultationId: consultation.id, contactPointId: { in: ids } },
      select: { contactPointId: true, dueOn: true },
    });
    // One statement for any number of points; the unique key makes a repeat (or a concurrent twin) an update.
    const rows = await upsertAssignments(tx, tenant.id, consultation.id, ids, input.dueOn);
    const created = rows.filter((r) => r.inserted).length;
    return {
      result: { assigned: rows.length, created, updated: rows.length - created },
      audit: {
        action: "consultation.assignContactPoints",
        entityType: "Consultation",
        entityId: consultation.id,
        before: before.length
          ? { dueOn: Object.fromEntries(before.map((b) => [b.contactPointId, dateToDay(b.dueOn)])) }
          : undefined,
        after: { contactPointIds: ids, dueOn: input.dueOn },
      },
    };
  },
});
