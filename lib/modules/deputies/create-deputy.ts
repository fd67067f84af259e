import { defineAction } from "@/lib/action";
import { checkDeputy } from "./check-deputy";
import { deputySchema } from "./schemas";

/** Registers a deputy (in office) in the city's registry. The phone is never written to the audit row. */
export const createDeputy = defineAction({
  name: "deputy.create",
  permission: "deputy.manage",
  schema: deputySchema,
  async run({ tx, tenant, request }, input) {
    await checkDeputy(tx, request.locale, input);
    const deputy = await tx.deputy.create({ data: { tenantId: tenant.id, ...input } });
    const { phone, ...audited } = input;
    return {
      result: { id: deputy.id },
      audit: {
        action: "deputy.create",
        entityType: "Deputy",
        entityId: deputy.id,
        after: { ...audited, hasPhone: !!phone },
      },
    };
  },
});
