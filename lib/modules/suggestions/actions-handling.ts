"use server";
// Server actions of the handling part. Each hands over to the one mutation path (lib/action.ts) with the
// request's context; the forms that carry a file (a view, a reply letter) come as FormData, read after checking
// that the member may handle suggestions at all (no one else's upload is read into memory).
import type { z } from "zod";
import { executeAction, resolveMember, type ActionDef } from "@/lib/action";
import { can, type Permission } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { Upload } from "@/lib/modules/attachments";
import type { RequestContext } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { failure } from "@/lib/result";
import { followUpSuggestion } from "./follow-up-suggestion";
import { rateSuggestion } from "./rate-suggestion";
import { recordSuggestionContact } from "./record-contact";
import { recordSuggestionMeeting } from "./record-meeting";
import { reopenSuggestion } from "./reopen-suggestion";
import { replySuggestion } from "./reply-suggestion";
import { sendSuggestionView } from "./send-view";

/** The form's fields as strings and its one file (when one was chosen) as an Upload; null when not allowed. */
async function readForm(tenantSlug: string, ctx: RequestContext, permission: Permission, form: FormData, file: string) {
  const { member } = await resolveMember(tenantSlug, ctx);
  if (!can(member.roles, permission)) throw new AppError("FORBIDDEN");
  const fields: Record<string, unknown> = {};
  form.forEach((v, k) => {
    if (typeof v === "string") fields[k] = v;
  });
  const f = form.get(file);
  if (f instanceof File && f.size > 0) fields[file] = new Upload(f.name, new Uint8Array(await f.arrayBuffer()));
  return fields;
}

async function withForm<S extends z.ZodType, R>(
  tenantSlug: string,
  form: FormData,
  file: string,
  action: ActionDef<S, R>,
) {
  const ctx = await getRequestContext();
  let input: Record<string, unknown>;
  try {
    input = await readForm(tenantSlug, ctx, action.permission, form, file);
  } catch (err) {
    return failure(err, await getTranslator(ctx.locale));
  }
  return executeAction(action, tenantSlug, input, ctx);
}

/** FormData: id, body, file (optional). */
export async function sendSuggestionViewAction(tenantSlug: string, form: FormData) {
  return withForm(tenantSlug, form, "file", sendSuggestionView);
}
/** FormData: id, category, body, promisedOn (B), reason (C), letter. */
export async function replySuggestionAction(tenantSlug: string, form: FormData) {
  return withForm(tenantSlug, form, "letter", replySuggestion);
}
/** FormData: id, category (A or B), body, promisedOn (B), letter (optional). */
export async function followUpSuggestionAction(tenantSlug: string, form: FormData) {
  return withForm(tenantSlug, form, "letter", followUpSuggestion);
}
export async function recordSuggestionContactAction(tenantSlug: string, input: unknown) {
  return executeAction(recordSuggestionContact, tenantSlug, input, await getRequestContext());
}
export async function rateSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(rateSuggestion, tenantSlug, input, await getRequestContext());
}
export async function reopenSuggestionAction(tenantSlug: string, input: unknown) {
  return executeAction(reopenSuggestion, tenantSlug, input, await getRequestContext());
}
export async function recordSuggestionMeetingAction(tenantSlug: string, input: unknown) {
  return executeAction(recordSuggestionMeeting, tenantSlug, input, await getRequestContext());
}
