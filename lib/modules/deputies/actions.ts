"use server";
// Server actions of the registry's forms. Each hands over to the one mutation path (lib/action.ts) with the
// request's context. (The .xlsx import arrives as a file, through its route handler, which runs importDeputies.)
import { executeAction, resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { Upload } from "@/lib/modules/attachments";
import { getRequestContext } from "@/lib/request-context";
import { failure } from "@/lib/result";
import { createDeputy } from "./create-deputy";
import { endDeputyTerm } from "./end-deputy-term";
import { revealDeputyPhone } from "./reveal-deputy-phone";
import { setDeputyPhoto } from "./set-deputy-photo";
import { updateDeputy } from "./update-deputy";

export async function createDeputyAction(tenantSlug: string, input: unknown) {
  return executeAction(createDeputy, tenantSlug, input, await getRequestContext());
}
export async function updateDeputyAction(tenantSlug: string, input: unknown) {
  return executeAction(updateDeputy, tenantSlug, input, await getRequestContext());
}
export async function endDeputyTermAction(tenantSlug: string, input: unknown) {
  return executeAction(endDeputyTerm, tenantSlug, input, await getRequestContext());
}
export async function revealDeputyPhoneAction(tenantSlug: string, input: unknown) {
  return executeAction(revealDeputyPhone, tenantSlug, input, await getRequestContext());
}

/** FormData: deputyId, file (none: take the photo off). Who may act is checked before the file is read. */
export async function setDeputyPhotoAction(tenantSlug: string, form: FormData) {
  const ctx = await getRequestContext();
  try {
    const { member } = await resolveMember(tenantSlug, ctx);
    if (!can(member.roles, "deputy.manage")) throw new AppError("FORBIDDEN");
  } catch (err) {
    return failure(err, await getTranslator(ctx.locale));
  }
  const file = form.get("file");
  const upload =
    file instanceof File && file.size > 0 ? new Upload(file.name, new Uint8Array(await file.arrayBuffer())) : null;
  return executeAction(
    setDeputyPhoto,
    tenantSlug,
    { deputyId: form.get("deputyId"), ...(upload ? { file: upload } : {}) },
    ctx,
  );
}
