"use server";
// Server actions of the filing review. Each hands over to the one mutation path (lib/action.ts); the register
// form may carry a file (FormData), read only after checking that the member may register filings at all.
import { executeAction, resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { Upload } from "@/lib/modules/attachments";
import { getRequestContext } from "@/lib/request-context";
import { failure } from "@/lib/result";
import { assignFiling } from "./assign-filing";
import { registerFiling } from "./register-filing";
import { recordFilingResponse, respondFiling } from "./respond-filing";
import { reviewFiling } from "./review-filing";

/** FormData: title, issuer, issuerUnitId, docNumber, issuedOn, filedOn, effectiveOn, text, committeeId, file. */
export async function registerFilingAction(tenantSlug: string, form: FormData) {
  const ctx = await getRequestContext();
  const input: Record<string, unknown> = {};
  try {
    const { member } = await resolveMember(tenantSlug, ctx);
    if (!can(member.roles, registerFiling.permission)) throw new AppError("FORBIDDEN");
    form.forEach((v, k) => {
      if (typeof v === "string") input[k] = v;
    });
    const f = form.get("file");
    if (f instanceof File && f.size > 0) input.file = new Upload(f.name, new Uint8Array(await f.arrayBuffer()));
  } catch (err) {
    return failure(err, await getTranslator(ctx.locale));
  }
  return executeAction(registerFiling, tenantSlug, input, ctx);
}
export async function assignFilingAction(tenantSlug: string, input: unknown) {
  return executeAction(assignFiling, tenantSlug, input, await getRequestContext());
}
export async function reviewFilingAction(tenantSlug: string, input: unknown) {
  return executeAction(reviewFiling, tenantSlug, input, await getRequestContext());
}
export async function respondFilingAction(tenantSlug: string, input: unknown) {
  return executeAction(respondFiling, tenantSlug, input, await getRequestContext());
}
export async function recordFilingResponseAction(tenantSlug: string, input: unknown) {
  return executeAction(recordFilingResponse, tenantSlug, input, await getRequestContext());
}
