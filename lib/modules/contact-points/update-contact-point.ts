import { defineAction } from "@/lib/action";
import { dateToDay, dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { checkContactPoint } from "./check-contact-point";
import { updateContactPointSchema } from "./schemas";

/** Edits a point's registry entry; deactivating it keeps its history but takes it off new assignments. */
export const updateContactPoint = defineAction({
  name: "contactPoint.update",
  permission: "contactPoint.manage",
  schema: updateContactPointSchema,
  async run({ tx, request }, { id, ...input }) {
    const point = await tx.contactPoint.findFirst({ where: { id } });
    if (!point) throw new AppError("NOT_FOUND");
    await checkContactPoint(tx, request.locale, input, point.id);
    await tx.contactPoint.update({
      where: { id: point.id },
      data: { ...input, establishedOn: input.establishedOn ? dayToDate(input.establishedOn) : null },
    });
    const before = {
      name: point.name,
      type: point.type,
      areaId: point.areaId,
      coordinatorId: point.coordinatorId,
      address: point.address,
      establishedOn: point.establishedOn ? dateToDay(point.establishedOn) : null,
      active: point.active,
    };
    return {
      result: { id: point.id },
      audit: { action: "contactPoint.update", entityType: "ContactPoint", entityId: point.id, before, after: input },
    };
  },
});
