"use client";
// Open a consultation on a published draft. The title is suggested from the chosen draft while the staff member
// has not typed one; the window defaults to thirty days from the next full hour (Beijing time).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { FormAlert } from "@/components/legislation/FormAlert";
import { Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import { createConsultationAction } from "@/lib/modules/consultation/client";
import { CONSULTATION_CHANNELS } from "@/lib/modules/consultation/client";

type Draft = { id: string; label: string; regulationTitle: string };
type Props = {
  tenantSlug: string;
  drafts: Draft[];
  defaultDraftId?: string;
  defaultTitle?: string;
  defaultStartsAt: string;
  defaultEndsAt: string;
};
const FIELDS = ["draftVersionId", "title", "startsAt", "endsAt", "channels", "introduction", "explanation"];

export function ConsultationForm({
  tenantSlug,
  drafts,
  defaultDraftId,
  defaultTitle = "",
  defaultStartsAt,
  defaultEndsAt,
}: Props) {
  const t = useTranslations("consultation.form");
  const channelName = useTranslations("consultationTerms.channel");
  const router = useRouter();
  const [channels, setChannels] = useState<Set<string>>(new Set(["PUBLIC"]));
  const title = useRef<HTMLInputElement>(null);
  const suggested = useRef(defaultTitle);
  const { pending, error, submit, fieldError } = useActionForm((input) => createConsultationAction(tenantSlug, input));

  // Suggest a title only over an empty field or our own earlier suggestion, never over what was typed.
  function suggest(draftId: string) {
    const draft = drafts.find((d) => d.id === draftId);
    const el = title.current;
    if (!el || (el.value !== "" && el.value !== suggested.current)) return;
    suggested.current = draft ? t("suggestedTitle", { regulation: draft.regulationTitle, label: draft.label }) : "";
    el.value = suggested.current;
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = { ...formObject(e.currentTarget), channels: CONSULTATION_CHANNELS.filter((c) => channels.has(c)) };
    delete (input as Record<string, unknown>).channel;
    submit(input, (data) =>
      router.push(`/${tenantSlug}/console/consultations/${(data as { id: string }).id}?created=1`),
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-2xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      <Field
        label={t("draft")}
        hint={drafts.length ? t("draftHint") : t("noDrafts")}
        error={fieldError("draftVersionId")}
        required
      >
        <Select
          name="draftVersionId"
          defaultValue={defaultDraftId ?? ""}
          onChange={(e) => suggest(e.currentTarget.value)}
        >
          <option value="">{t("chooseDraft")}</option>
          {drafts.map((d) => (
            <option key={d.id} value={d.id}>
              {t("draftOption", { regulation: d.regulationTitle, label: d.label })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("title")} hint={t("titleHint")} error={fieldError("title")} required>
        <Input ref={title} name="title" autoComplete="off" defaultValue={defaultTitle} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("startsAt")} hint={t("windowHint")} error={fieldError("startsAt")} required>
          <Input name="startsAt" type="datetime-local" defaultValue={defaultStartsAt} />
        </Field>
        <Field label={t("endsAt")} error={fieldError("endsAt")} required>
          <Input name="endsAt" type="datetime-local" defaultValue={defaultEndsAt} />
        </Field>
      </div>
      <fieldset className="space-y-1" aria-describedby="channels-hint">
        <legend className="text-sm font-medium text-gray-900">
          {t("channels")}{" "}
          <span aria-hidden="true" className="text-red-700">
            *
          </span>
        </legend>
        <p id="channels-hint" className="text-sm text-gray-600">
          {t("channelsHint")}
        </p>
        <div className="grid gap-x-4 sm:grid-cols-3">
          {CONSULTATION_CHANNELS.map((c) => (
            <Checkbox
              key={c}
              name="channel"
              value={c}
              label={channelName(c)}
              checked={channels.has(c)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setChannels((s) => {
                  const next = new Set(s);
                  if (on) next.add(c);
                  else next.delete(c);
                  return next;
                });
              }}
            />
          ))}
        </div>
        {fieldError("channels") && <p className="text-sm font-medium text-red-700">{fieldError("channels")}</p>}
      </fieldset>
      <Field label={t("introduction")} hint={t("introductionHint")} error={fieldError("introduction")}>
        <Textarea name="introduction" rows={4} />
      </Field>
      <Field label={t("explanation")} hint={t("explanationHint")} error={fieldError("explanation")}>
        <Textarea name="explanation" rows={10} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
