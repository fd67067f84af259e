"use server";
// Server actions of the messages console. Each hands over to the one mutation path (lib/action.ts) with the
// request's context; the unit's reply reads its form (and file) first, after checking who may act at all.
import { executeAction, resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { Upload } from "@/lib/modules/attachments";
import { getRequestContext } from "@/lib/request-context";
import { failure } from "@/lib/result";
import { acceptMessage } from "./accept-message";
import { answerMessage } from "./answer-message";
import { classifyMessage } from "./classify-message";
import { declineMessage } from "./decline-message";
import { mergeMessage } from "./merge-message";
import { publishMessage } from "./publish-message";
import { reassignMessage } from "./reassign-message";
import { refuseHandback } from "./refuse-handback";
import { releaseReply } from "./release-reply";
import { replyMessage } from "./reply-message";
import { requestHandback } from "./request-handback";
import { returnMessage } from "./return-message";
import { revealMessageContact } from "./reveal-message-contact";
import { sendBackReply } from "./send-back-reply";
import { transferMessage } from "./transfer-message";

export async function acceptMessageAction(tenantSlug: string, input: unknown) {
  return executeAction(acceptMessage, tenantSlug, input, await getRequestContext());
}
export async function returnMessageAction(tenantSlug: string, input: unknown) {
  return executeAction(returnMessage, tenantSlug, input, await getRequestContext());
}
export async function classifyMessageAction(tenantSlug: string, input: unknown) {
  return executeAction(classifyMessage, tenantSlug, input, await getRequestContext());
}
export async function transferMessageAction(tenantSlug: string, input: unknown) {
  return executeAction(transferMessage, tenantSlug, input, await getRequestContext());
}
export async function answerMessageAction(tenantSlug: string, input: unknown) {
  return executeAction(answerMessage, tenantSlug, input, await getRequestContext());
}
export async function declineMessageAction(tenantSlug: string, input: unknown) {
  return executeAction(declineMessage, tenantSlug, input, await getRequestContext());
}
export async function requestHandbackAction(tenantSlug: string, input: unknown) {
  return executeAction(requestHandback, tenantSlug, input, await getRequestContext());
}
export async function reassignMessageAction(tenantSlug: string, input: unknown) {
  return executeAction(reassignMessage, tenantSlug, input, await getRequestContext());
}
export async function refuseHandbackAction(tenantSlug: string, input: unknown) {
  return executeAction(refuseHandback, tenantSlug, input, await getRequestContext());
}
export async function sendBackReplyAction(tenantSlug: string, input: unknown) {
  return executeAction(sendBackReply, tenantSlug, input, await getRequestContext());
}
export async function releaseReplyAction(tenantSlug: string, input: unknown) {
  return executeAction(releaseReply, tenantSlug, input, await getRequestContext());
}
export async function mergeMessageAction(tenantSlug: string, input: unknown) {
  return executeAction(mergeMessage, tenantSlug, input, await getRequestContext());
}
export async function publishMessageAction(tenantSlug: string, input: unknown) {
  return executeAction(publishMessage, tenantSlug, input, await getRequestContext());
}
/** Bound to one message and field by the page (RevealContact calls it without arguments). */
export async function revealMessageContactAction(tenantSlug: string, id: string, field: "phone" | "email") {
  return executeAction(revealMessageContact, tenantSlug, { id, field }, await getRequestContext());
}

/** FormData: id, body, file (optional, one photo or document). */
export async function replyMessageAction(tenantSlug: string, form: FormData) {
  const ctx = await getRequestContext();
  try {
    const { member } = await resolveMember(tenantSlug, ctx);
    if (!can(member.roles, replyMessage.permission)) throw new AppError("FORBIDDEN");
  } catch (err) {
    return failure(err, await getTranslator(ctx.locale));
  }
  const f = form.get("file");
  const file = f instanceof File && f.size > 0 ? new Upload(f.name, new Uint8Array(await f.arrayBuffer())) : null;
  return executeAction(
    replyMessage,
    tenantSlug,
    { id: form.get("id"), body: form.get("body") ?? "", ...(file ? { file } : {}) },
    ctx,
  );
}
