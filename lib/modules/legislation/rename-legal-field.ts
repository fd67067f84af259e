import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { renameLegalFieldSchema } from "./schemas";

export const renameLegalField = defineAction({
  name: "legalField.rename",
  permission: "legislation.manage",
  schema: renameLegalFieldSchema,
  async run({ tx }, input) {
    const field = await tx.legalField.findFirst({ where: { id: input.fieldId } });
    if (!field) throw new AppError("NOT_FOUND");
    const clash = await tx.legalField.findFirst({
      where: { name: input.name, NOT: { id: field.id } },
      select: { id: true },
    });
    if (clash) throw new AppError("CONFLICT", "fieldNameTaken", {}, { name: ["fieldNameTaken"] });
    await tx.legalField.update({ where: { id: field.id }, data: { name: input.name } });
    return {
      result: { id: field.id },
      audit: {
        action: "legalField.rename",
        entityType: "LegalField",
        entityId: field.id,
        before: { name: field.name },
        after: { name: input.name },
      },
    };
  },
});
