import { defineAction } from "@/lib/action";
import { checkImportRows } from "./check-import";
import { deputyRefusal } from "./deputy-errors";
import { importDeputiesSchema } from "./schemas";
import { insertDeputies } from "./unsafe-insert-deputies";

/**
 * Stores the rows of an uploaded .xlsx, in one transaction: with mode "all" nothing unless every row is valid;
 * with mode "valid" the valid rows only, and only if they are as many as the user was told (`expected`) — the
 * registry may have changed since the check. One audit row summarises the import (file, count), not 5,000. The
 * rows go in as one statement (./unsafe-insert-deputies.ts says why not createMany).
 */
export const importDeputies = defineAction({
  name: "deputy.import",
  permission: "deputy.manage",
  schema: importDeputiesSchema,
  timeoutMs: 60_000,
  async run({ tx, tenant, request }, input) {
    const { deputies, errors } = await checkImportRows(tx, input.rows);
    const invalidRows = new Set(errors.map((e) => e.row)).size;
    if (input.mode === "all" && errors.length > 0)
      throw await deputyRefusal(request.locale, "VALIDATION", {
        file: ["importHasErrors", { rows: invalidRows, errors: errors.length }],
      });
    if (input.mode === "valid" && input.expected !== deputies.length)
      throw await deputyRefusal(request.locale, "CONFLICT", {
        file: ["importChanged", { expected: input.expected ?? 0, now: deputies.length }],
      });
    if (deputies.length === 0) throw await deputyRefusal(request.locale, "VALIDATION", { file: "importEmpty" });
    await insertDeputies(tx, tenant.id, deputies);
    return {
      result: { imported: deputies.length, skipped: input.rows.length - deputies.length },
      audit: {
        action: "deputy.import",
        entityType: "Deputy",
        entityId: null,
        after: {
          fileName: input.fileName,
          mode: input.mode,
          imported: deputies.length,
          rows: input.rows.length,
          skipped: input.rows.length - deputies.length,
        },
      },
    };
  },
});
