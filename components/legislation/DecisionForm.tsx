"use client";
// The screening's outcome: into the plan as a deliberation / research / reserve item (optionally adding it to a
// plan right away), merged into another proposal of the same call, or not adopted with a reason.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Button, Field, Input, Select, Textarea } from "@/components/ui";
import { decideProposalAction } from "@/lib/modules/legislation/client";
import { addPlanItemSchema } from "@/lib/modules/legislation/client";
import { FormAlert } from "./FormAlert";

type Option = { id: string; title: string };
type Props = {
  tenantSlug: string;
  proposalId: string;
  today: string;
  plans: (Option & { kind: string })[];
  mergeCandidates: Option[];
};
const DECISIONS = ["IN_PLAN", "MERGED", "REJECTED"] as const;
type Decision = (typeof DECISIONS)[number];
const CATEGORIES = addPlanItemSchema.shape.category.options;
const FIELDS = ["decision", "decidedOn", "category", "planId", "mergedIntoId", "reason"];

export function DecisionForm({ tenantSlug, proposalId, today, plans, mergeCandidates }: Props) {
  const t = useTranslations("legislation.decision");
  const terms = useTranslations("legislationTerms");
  const router = useRouter();
  const [decision, setDecision] = useState<Decision>("IN_PLAN");
  const [noTarget, setNoTarget] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => decideProposalAction(tenantSlug, input));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = formObject(e.currentTarget);
    // An empty choice would come back as zod's bare "invalid UUID"; say what is missing instead.
    setNoTarget(decision === "MERGED" && !f.mergedIntoId);
    if (decision === "MERGED" && !f.mergedIntoId) return;
    const common = { proposalId, decision, decidedOn: f.decidedOn ?? "", reason: f.reason ?? "" };
    // The schema is a strict union per decision: send exactly the fields of the chosen one.
    const input =
      decision === "IN_PLAN"
        ? { ...common, category: f.category, planId: f.planId ?? "" }
        : decision === "MERGED"
          ? { ...common, mergedIntoId: f.mergedIntoId ?? "" }
          : common;
    submit(input, () => router.refresh());
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      <Field label={t("decision")} error={fieldError("decision")} required>
        <Select name="decision" value={decision} onChange={(e) => setDecision(e.currentTarget.value as Decision)}>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {t(`choice.${d}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("decidedOn")} error={fieldError("decidedOn")} required>
        <Input name="decidedOn" type="date" defaultValue={today} className="max-w-[12rem]" />
      </Field>
      {decision === "IN_PLAN" && (
        <>
          <Field label={t("category")} error={fieldError("category")} required>
            <Select name="category" defaultValue="DELIBERATION">
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {terms(`category.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("plan")} hint={t("planHint")} error={fieldError("planId")}>
            <Select name="planId" defaultValue="">
              <option value="">{t("noPlan")}</option>
              {(["FIVE_YEAR", "ANNUAL"] as const).map((kind) => {
                const ofKind = plans.filter((p) => p.kind === kind);
                return ofKind.length === 0 ? null : (
                  <optgroup key={kind} label={terms(`planKind.${kind}`)}>
                    {ofKind.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.title}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </Select>
          </Field>
        </>
      )}
      {decision === "MERGED" && (
        <Field
          label={t("mergedInto")}
          hint={mergeCandidates.length === 0 ? t("noCandidates") : undefined}
          error={noTarget ? t("chooseProposalError") : fieldError("mergedIntoId")}
          required
        >
          <Select name="mergedIntoId" defaultValue="">
            <option value="">{t("chooseProposal")}</option>
            {mergeCandidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field
        label={decision === "REJECTED" ? t("rejectReason") : t("reason")}
        hint={t("reasonHint")}
        error={fieldError("reason")}
        required={decision === "REJECTED"}
      >
        <Textarea name="reason" rows={3} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
