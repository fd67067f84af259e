"use client";
// The smaller handling forms: the assisting unit's view (with an optional file), the lead unit's 三见面 contact,
// the office's reopening and the supervising leader's 约见 record. Dates may not be after today (`today`, given
// by the server so server and browser agree).
import { useTranslations } from "next-intl";
import { Field, Input, Select, Textarea } from "@/components/ui";
import {
  CONTACT_STAGES,
  CONTACT_WAYS,
  HANDLING_BODY_MAX,
  HANDLING_NOTE_MAX,
  recordSuggestionContactAction,
  recordSuggestionMeetingAction,
  reopenSuggestionAction,
  sendSuggestionViewAction,
} from "@/lib/modules/suggestions/client";
import { HandlingForm } from "./HandlingForm";
import { LETTER_ACCEPT } from "./ReplyForm";

type Common = { tenantSlug: string; id: string };

export function ViewForm(p: Common & { dueOn: string | null; body: string | null }) {
  const t = useTranslations("suggestionsHandling.forms");
  const amend = p.body !== null;
  return (
    <HandlingForm
      tenantSlug={p.tenantSlug}
      id={p.id}
      title={amend ? t("view.amendTitle") : t("view.title")}
      submit={amend ? t("view.amend") : t("view.submit")}
      done={t("view.done")}
      action={sendSuggestionViewAction}
      files
      shown={["body", "file"]}
      hint={p.dueOn ? t("view.hint", { date: p.dueOn }) : undefined}
    >
      {(fe) => (
        <>
          <Field label={t("view.body")} error={fe("body")} required>
            <Textarea name="body" rows={5} maxLength={HANDLING_BODY_MAX} defaultValue={p.body ?? ""} />
          </Field>
          <Field label={t("view.file")} hint={t("fileHint")} error={fe("file")}>
            <Input type="file" name="file" accept={LETTER_ACCEPT} />
          </Field>
        </>
      )}
    </HandlingForm>
  );
}

export function ContactForm(p: Common & { today: string }) {
  const t = useTranslations("suggestionsHandling.forms.contact");
  const base = useTranslations("suggestions");
  return (
    <HandlingForm
      tenantSlug={p.tenantSlug}
      id={p.id}
      title={t("title")}
      submit={t("submit")}
      done={t("done")}
      action={recordSuggestionContactAction}
      tone="secondary"
      shown={["stage", "on", "way", "content"]}
    >
      {(fe) => (
        <>
          <div className="grid gap-3 sm:grid-cols-3">
            <Field label={t("stage")} error={fe("stage")} required>
              <Select name="stage" defaultValue="BEFORE">
                {CONTACT_STAGES.map((s) => (
                  <option key={s} value={s}>
                    {base(`contactStage.${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("on")} error={fe("on")} required>
              <Input type="date" name="on" max={p.today} defaultValue={p.today} />
            </Field>
            <Field label={t("way")} error={fe("way")} required>
              <Select name="way" defaultValue="visit">
                {CONTACT_WAYS.map((w) => (
                  <option key={w} value={w}>
                    {base(`contactWays.${w}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field label={t("content")} error={fe("content")} required>
            <Textarea name="content" rows={4} maxLength={HANDLING_BODY_MAX} />
          </Field>
        </>
      )}
    </HandlingForm>
  );
}

export function ReopenForm(p: Common & { days: number }) {
  const t = useTranslations("suggestionsHandling.forms.reopen");
  return (
    <HandlingForm
      tenantSlug={p.tenantSlug}
      id={p.id}
      title={t("title")}
      submit={t("submit")}
      done={t("done")}
      action={reopenSuggestionAction}
      tone="secondary"
      shown={["reason", "note"]}
      hint={t("hint", { days: p.days })}
    >
      {(fe) => (
        <Field label={t("reason")} error={fe("reason") ?? fe("note")} required>
          <Textarea name="reason" rows={3} maxLength={HANDLING_NOTE_MAX} />
        </Field>
      )}
    </HandlingForm>
  );
}

export function MeetingForm(p: Common & { today: string }) {
  const t = useTranslations("suggestionsHandling.forms.meeting");
  return (
    <HandlingForm
      tenantSlug={p.tenantSlug}
      id={p.id}
      title={t("title")}
      submit={t("submit")}
      done={t("done")}
      action={recordSuggestionMeetingAction}
      tone="secondary"
      shown={["on", "place", "participants", "content"]}
    >
      {(fe) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("on")} error={fe("on")} required>
              <Input type="date" name="on" max={p.today} defaultValue={p.today} />
            </Field>
            <Field label={t("place")} error={fe("place")}>
              <Input name="place" maxLength={200} />
            </Field>
          </div>
          <Field label={t("participants")} error={fe("participants")}>
            <Input name="participants" maxLength={500} />
          </Field>
          <Field label={t("content")} error={fe("content")} required>
            <Textarea name="content" rows={4} maxLength={HANDLING_BODY_MAX} />
          </Field>
        </>
      )}
    </HandlingForm>
  );
}
