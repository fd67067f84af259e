"use client";
// The lead unit's reply: A, B or C as three choices, B revealing the day it will be solved by and C the reason;
// the reply letter (required the first time). Missing assisting views are a warning above the form.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, Field, Input, Textarea } from "@/components/ui";
import {
  HANDLING_BODY_MAX,
  HANDLING_NOTE_MAX,
  REPLY_CATEGORIES,
  replySuggestionAction,
  type ReplyCategory,
} from "@/lib/modules/suggestions/client";
import { ChoiceGroup } from "./ChoiceGroup";
import { HandlingForm } from "./HandlingForm";

export const LETTER_ACCEPT = "application/pdf,.pdf,.docx,image/*";

export function ReplyForm(p: {
  tenantSlug: string;
  id: string;
  rehandle: boolean;
  /** Formatted: the deadline, and the first day a B promise may name (YYYY-MM-DD). */
  dueOn: string | null;
  minPromised: string;
  missingViews: string[];
}) {
  const t = useTranslations("suggestionsHandling.forms");
  const base = useTranslations("suggestions");
  const [category, setCategory] = useState<ReplyCategory>("A");
  return (
    <HandlingForm
      tenantSlug={p.tenantSlug}
      id={p.id}
      title={p.rehandle ? t("reply.rehandleTitle") : t("reply.title")}
      submit={t("reply.submit")}
      done={t("reply.done")}
      action={replySuggestionAction}
      files
      shown={["category", "body", "promisedOn", "reason", "letter"]}
      hint={p.dueOn ? t("reply.dueOn", { date: p.dueOn }) : undefined}
    >
      {(fe) => (
        <>
          {p.missingViews.length > 0 && (
            <Alert tone="warning">{t("reply.missingViews", { units: p.missingViews.join("、") })}</Alert>
          )}
          <ChoiceGroup
            name="category"
            legend={t("reply.category")}
            value={category}
            onChange={(v) => setCategory(v as ReplyCategory)}
            options={REPLY_CATEGORIES.map((c) => ({ value: c, label: base(`replyCategory.${c}`) }))}
            error={fe("category")}
          />
          <Field label={t("reply.body")} error={fe("body")} required>
            <Textarea name="body" rows={6} maxLength={HANDLING_BODY_MAX} />
          </Field>
          {category === "B" && (
            <Field label={t("reply.promisedOn")} hint={t("reply.promisedOnHint")} error={fe("promisedOn")} required>
              <Input type="date" name="promisedOn" min={p.minPromised} />
            </Field>
          )}
          {category === "C" && (
            <Field label={t("reply.reason")} error={fe("reason")} required>
              <Textarea name="reason" rows={3} maxLength={HANDLING_NOTE_MAX} />
            </Field>
          )}
          <Field
            label={p.rehandle ? t("reply.letterOptional") : t("reply.letter")}
            hint={t("fileHint")}
            error={fe("letter")}
            required={!p.rehandle}
          >
            <Input type="file" name="letter" accept={LETTER_ACCEPT} />
          </Field>
        </>
      )}
    </HandlingForm>
  );
}
