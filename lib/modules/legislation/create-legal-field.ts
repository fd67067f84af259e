import { randomBytes } from "node:crypto";
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { createLegalFieldSchema } from "./schemas";

/** A field of law of this city (城乡建设与管理, 环境保护 …), used to classify proposals, plan items and regulations. */
export const createLegalField = defineAction({
  name: "legalField.create",
  permission: "legislation.manage",
  schema: createLegalFieldSchema,
  async run({ tx, tenant }, input) {
    if (await tx.legalField.findFirst({ where: { name: input.name }, select: { id: true } })) {
      throw new AppError("CONFLICT", "fieldNameTaken", {}, { name: ["fieldNameTaken"] });
    }
    const sortOrder = await tx.legalField.count({ where: {} });
    // The code is an internal key (seeded fields have readable ones); staff only ever see the name.
    const field = await tx.legalField.create({
      data: { tenantId: tenant.id, name: input.name, code: `f-${randomBytes(4).toString("hex")}`, sortOrder },
    });
    return {
      result: { id: field.id },
      audit: { action: "legalField.create", entityType: "LegalField", entityId: field.id, after: { name: field.name } },
    };
  },
});
