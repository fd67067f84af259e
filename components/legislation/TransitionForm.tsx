"use client";
// Moves a regulation to its next stage. Only the transitions workflow.ts allows from the current stage are
// offered, and each one asks for what it must record (meeting, draft read, reason, effective date); the server
// checks the same rules again and its refusal is shown as returned.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Input, Select, Textarea } from "@/components/ui";
import { transitionRegulationAction } from "@/lib/modules/legislation/client";
import type { RegulationStage } from "@/lib/modules/legislation/client";
import { FormAlert } from "./FormAlert";

export type TransitionOption = {
  to: RegulationStage;
  meeting: boolean;
  draft: boolean;
  note: boolean;
  effective: boolean;
};
type Props = {
  tenantSlug: string;
  regulationId: string;
  today: string;
  options: TransitionOption[];
  drafts: { id: string; label: string }[];
};
const FIELDS = ["to", "occurredOn", "meeting", "draftVersionId", "note", "effectiveOn", "documents"];

/** One document per line: its title, optionally followed by a link (审议意见报告 https://…). */
function documentsFrom(text: string): { title: string; url?: string }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = line.match(/^(.*?)\s+(https?:\/\/\S+)$/);
      return m ? { title: m[1]!, url: m[2]! } : { title: line };
    });
}

export function TransitionForm({ tenantSlug, regulationId, today, options, drafts }: Props) {
  const t = useTranslations("legislation.transition");
  const stage = useTranslations("legislationTerms.stage");
  const router = useRouter();
  const [to, setTo] = useState(options[0]?.to);
  const [done, setDone] = useState<RegulationStage | null>(null);
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    transitionRegulationAction(tenantSlug, input),
  );
  // After a refresh the allowed moves change; fall back to the first one rather than keep a stale choice.
  const current = options.find((o) => o.to === to) ?? options[0];
  if (!current) return null;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = formObject(form);
    const input = {
      regulationId,
      to: current!.to,
      occurredOn: f.occurredOn ?? "",
      meeting: f.meeting ?? "",
      draftVersionId: f.draftVersionId ?? "",
      note: f.note ?? "",
      effectiveOn: f.effectiveOn ?? "",
      documents: documentsFrom(f.documents ?? ""),
    };
    setDone(null);
    submit(input, () => {
      setDone(input.to);
      form.reset();
      router.refresh();
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      {done && <Alert tone="success">{t("done", { stage: stage(done) })}</Alert>}
      <Field label={t("to")} error={fieldError("to")} required>
        <Select name="to" value={current.to} onChange={(e) => setTo(e.currentTarget.value as RegulationStage)}>
          {options.map((o) => (
            <option key={o.to} value={o.to}>
              {stage(o.to)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("occurredOn")} error={fieldError("occurredOn")} required>
        <Input name="occurredOn" type="date" defaultValue={today} className="max-w-[12rem]" />
      </Field>
      <Field label={t("meeting")} hint={t("meetingHint")} error={fieldError("meeting")} required={current.meeting}>
        <Input name="meeting" autoComplete="off" />
      </Field>
      {(current.draft || drafts.length > 0) && (
        <Field
          label={t("draft")}
          hint={drafts.length === 0 ? t("noDrafts") : undefined}
          error={fieldError("draftVersionId")}
          required={current.draft}
        >
          <Select
            name="draftVersionId"
            defaultValue={current.draft ? (drafts[0]?.id ?? "") : ""}
            key={current.draft ? "needed" : "optional"}
          >
            <option value="">{t("noDraft")}</option>
            {drafts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {current.effective && (
        <Field label={t("effectiveOn")} error={fieldError("effectiveOn")} required>
          <Input name="effectiveOn" type="date" className="max-w-[12rem]" />
        </Field>
      )}
      <Field label={current.note ? t("reason") : t("note")} error={fieldError("note")} required={current.note}>
        <Textarea name="note" rows={3} />
      </Field>
      <Field label={t("documents")} hint={t("documentsHint")} error={fieldError("documents")}>
        <Textarea name="documents" rows={2} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit", { stage: stage(current.to) })}
      </Button>
    </form>
  );
}
