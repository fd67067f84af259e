import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { checkContactPoint } from "./check-contact-point";
import { contactPointSchema } from "./schemas";

/** Adds a grassroots legislative contact point (基层立法联系点) to the city's registry. */
export const createContactPoint = defineAction({
  name: "contactPoint.create",
  permission: "contactPoint.manage",
  schema: contactPointSchema,
  async run({ tx, tenant, request }, input) {
    await checkContactPoint(tx, request.locale, input);
    const point = await tx.contactPoint.create({
      data: {
        tenantId: tenant.id,
        name: input.name,
        type: input.type,
        areaId: input.areaId,
        coordinatorId: input.coordinatorId,
        address: input.address,
        establishedOn: input.establishedOn ? dayToDate(input.establishedOn) : null,
        active: input.active,
      },
    });
    return {
      result: { id: point.id },
      audit: { action: "contactPoint.create", entityType: "ContactPoint", entityId: point.id, after: input },
    };
  },
});
