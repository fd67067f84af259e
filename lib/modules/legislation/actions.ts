"use server";
// Server actions for the legislation console and the public proposal form. Each hands over to the one
// mutation path (lib/action.ts, or lib/public-action.ts for citizens) with the request's context.
import { executeAction, resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { executePublicAction } from "@/lib/public-action";
import { getRequestContext } from "@/lib/request-context";
import { failure } from "@/lib/result";
import { addDraftVersion } from "./add-draft-version";
import { addPlanItem } from "./add-plan-item";
import { createLegalField } from "./create-legal-field";
import { createPlan } from "./create-plan";
import { createProposalCall } from "./create-proposal-call";
import { createRegulation } from "./create-regulation";
import { decideProposal } from "./decide-proposal";
import { draftSourceErrorKey, readDraftForm } from "./draft-source";
import { publishDraftVersion } from "./publish-draft-version";
import { publishPlan } from "./publish-plan";
import { recordScreeningStep } from "./record-screening-step";
import { renameLegalField } from "./rename-legal-field";
import { revealProposalContact } from "./reveal-proposal-contact";
import { submitProposal } from "./submit-proposal";
import { submitPublicProposal } from "./submit-public-proposal";
import { transitionRegulation } from "./transition-regulation";

const run = async <T extends Parameters<typeof executeAction>[0]>(def: T, tenantSlug: string, input: unknown) =>
  executeAction(def, tenantSlug, input, await getRequestContext());

export async function createProposalCallAction(tenantSlug: string, input: unknown) {
  return run(createProposalCall, tenantSlug, input);
}
export async function submitProposalAction(tenantSlug: string, input: unknown) {
  return run(submitProposal, tenantSlug, input);
}
export async function recordScreeningStepAction(tenantSlug: string, input: unknown) {
  return run(recordScreeningStep, tenantSlug, input);
}
export async function decideProposalAction(tenantSlug: string, input: unknown) {
  return run(decideProposal, tenantSlug, input);
}
/** Bound on the proposal page to one proposal (`.bind(null, tenantSlug, { proposalId })`): its contact, audited. */
export async function revealProposalContactAction(tenantSlug: string, input: unknown) {
  return executeAction(revealProposalContact, tenantSlug, input, await getRequestContext());
}
export async function createLegalFieldAction(tenantSlug: string, input: unknown) {
  return run(createLegalField, tenantSlug, input);
}
export async function renameLegalFieldAction(tenantSlug: string, input: unknown) {
  return run(renameLegalField, tenantSlug, input);
}
export async function createPlanAction(tenantSlug: string, input: unknown) {
  return run(createPlan, tenantSlug, input);
}
export async function addPlanItemAction(tenantSlug: string, input: unknown) {
  return run(addPlanItem, tenantSlug, input);
}
export async function publishPlanAction(tenantSlug: string, input: unknown) {
  return run(publishPlan, tenantSlug, input);
}
export async function createRegulationAction(tenantSlug: string, input: unknown) {
  return run(createRegulation, tenantSlug, input);
}
export async function transitionRegulationAction(tenantSlug: string, input: unknown) {
  return run(transitionRegulation, tenantSlug, input);
}
export async function publishDraftVersionAction(tenantSlug: string, input: unknown) {
  return run(publishDraftVersion, tenantSlug, input);
}

/** The citizen's browser gets the receipt code only; the row id stays internal. */
export async function submitPublicProposalAction(tenantSlug: string, input: unknown) {
  const result = await executePublicAction(submitPublicProposal, tenantSlug, input, await getRequestContext());
  return result.ok ? { ok: true as const, data: { receiptCode: result.data.receiptCode } } : result;
}

/** A draft from pasted text, or from an uploaded .txt / .docx / .pdf file (FormData: regulationId, label, text | file). */
export async function addDraftVersionAction(tenantSlug: string, form: FormData) {
  const ctx = await getRequestContext();
  // Reading a file is work: who may add a draft is known first (executeAction checks again, as for every action).
  try {
    const { member } = await resolveMember(tenantSlug, ctx);
    if (!can(member.roles, addDraftVersion.permission)) throw new AppError("FORBIDDEN");
  } catch (err) {
    return failure(err, await getTranslator(ctx.locale));
  }
  const read = await readDraftForm(form);
  if ("error" in read) {
    return failure(
      new AppError("VALIDATION", "VALIDATION", {}, { file: [draftSourceErrorKey(read.error)] }),
      await getTranslator(ctx.locale),
    );
  }
  return executeAction(addDraftVersion, tenantSlug, read.input, ctx);
}
