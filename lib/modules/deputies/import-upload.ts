// The import's upload, behind its route handler: the multipart body read with a size limit, the file checked to
// be an .xlsx by its content, then either the row-by-row check (mode "check": a read, nothing stored) or the
// import itself (mode "all" / "valid": the importDeputies action, which checks again inside its transaction).
import { executeAction, resolveMember, type RequestContext } from "@/lib/action";
import { can } from "@/lib/authz";
import { forTenant } from "@/lib/db";
import { AppError, type Result } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { failure } from "@/lib/result";
import { checkImportRows } from "./check-import";
import { deputyRefusal } from "./deputy-errors";
import { importDeputies } from "./import-deputies";
import type { ImportError } from "./import-rows";
import { IMPORT_MAX_BYTES, readImportFile } from "./xlsx-read";

export type ImportReport = {
  kind: "report";
  fileName: string;
  total: number;
  valid: number;
  invalidRows: number;
  errors: ImportError[];
};
export type ImportDone = { kind: "imported"; imported: number; skipped: number };

const LIMIT = IMPORT_MAX_BYTES + 64 * 1024; // the file plus the form's other fields and boundaries

async function readBody(req: Request): Promise<Uint8Array> {
  if (Number(req.headers.get("content-length") ?? 0) > LIMIT) throw new AppError("PAYLOAD_TOO_LARGE", "tooLarge");
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader)
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > LIMIT) {
        await reader.cancel();
        throw new AppError("PAYLOAD_TOO_LARGE", "tooLarge");
      }
      chunks.push(value);
    }
  return Buffer.concat(chunks);
}

export async function importUpload(
  slug: string,
  req: Request,
  ctx: RequestContext,
): Promise<Result<ImportReport | ImportDone>> {
  const t = await getTranslator(ctx.locale);
  try {
    const { tenant, member } = await resolveMember(slug, ctx);
    if (!can(member.roles, "deputy.manage")) throw new AppError("FORBIDDEN");
    const type = req.headers.get("content-type") ?? "";
    if (!/^multipart\/form-data\b/i.test(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
    let form: FormData;
    try {
      form = await new Response((await readBody(req)) as BodyInit, { headers: { "content-type": type } }).formData();
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError("BAD_REQUEST");
    }
    const file = form.get("file");
    const mode = String(form.get("mode") ?? "check");
    if (!(file instanceof Blob) || file.size === 0)
      throw await deputyRefusal(ctx.locale, "VALIDATION", { file: "fileRequired" });
    if (file.size > IMPORT_MAX_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "tooLarge");
    if (!["check", "all", "valid"].includes(mode)) throw new AppError("BAD_REQUEST");
    const fileName = ("name" in file && typeof file.name === "string" && file.name) || "deputies.xlsx";
    const read = await readImportFile(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok)
      throw await deputyRefusal(ctx.locale, read.problem === "notXlsx" ? "UNSUPPORTED_MEDIA_TYPE" : "VALIDATION", {
        file:
          read.problem === "missingColumns" ? ["missingColumns", { columns: read.missing!.join("、") }] : read.problem,
      });
    if (mode === "check") {
      const { deputies, errors } = await checkImportRows(forTenant(tenant.id), read.rows);
      return {
        ok: true,
        data: {
          kind: "report",
          fileName,
          total: read.rows.length,
          valid: deputies.length,
          invalidRows: new Set(errors.map((e) => e.row)).size,
          errors,
        },
      };
    }
    const expected = Number(form.get("expected") ?? NaN);
    const done = await executeAction(
      importDeputies,
      slug,
      {
        fileName: fileName.slice(0, 255),
        mode,
        ...(Number.isInteger(expected) ? { expected } : {}),
        rows: read.rows,
      },
      ctx,
    );
    return done.ok ? { ok: true, data: { kind: "imported", ...done.data } } : done;
  } catch (err) {
    return failure(err, t, { action: "deputy.import", requestId: ctx.requestId });
  }
}
