"use client";
// The author's moves on the suggestion page: submit (a motion that does not qualify is warned about first, and
// goes only when the author says so again) and withdraw; and an invited co-signer's confirm / decline.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Textarea } from "@/components/ui";
import {
  cosignSuggestionAction,
  declineCosignAction,
  submitSuggestionAction,
  withdrawSuggestionAction,
} from "@/lib/modules/suggestions/client";

type Base = { tenantSlug: string; id: string };

/** Submit; `warning` (the motion's shortfall, in words) asks for a second, deliberate press. */
export function SubmitButton({ tenantSlug, id, warning }: Base & { warning: string | null }) {
  const t = useTranslations("suggestionsSubmit.panel");
  const router = useRouter();
  const [warned, setWarned] = useState(false);
  const { pending, error, submit } = useActionForm((input) => submitSuggestionAction(tenantSlug, input));
  const go = () => submit({ id }, () => router.refresh());
  return (
    <div className="space-y-3">
      <FormAlert error={error} shown={[]} />
      {warned && warning && (
        <Alert tone="warning" title={t("motionWarningTitle")}>
          {warning}
        </Alert>
      )}
      <Button
        type="button"
        disabled={pending}
        className="w-full sm:w-auto"
        onClick={() => (warning && !warned ? setWarned(true) : go())}
      >
        {warned && warning ? t("submitAnyway") : t("submit")}
      </Button>
    </div>
  );
}

export function WithdrawForm({ tenantSlug, id }: Base) {
  const t = useTranslations("suggestionsSubmit.panel");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const { pending, error, submit, fieldError } = useActionForm((input) => withdrawSuggestionAction(tenantSlug, input));
  if (!open)
    return (
      <Button type="button" variant="secondary" className="w-full sm:w-auto" onClick={() => setOpen(true)}>
        {t("withdraw")}
      </Button>
    );
  return (
    <div className="space-y-3 rounded-md border border-gray-200 p-3">
      <FormAlert error={error} shown={["note"]} />
      <Field label={t("withdrawNote")} error={fieldError("note")}>
        <Textarea rows={2} value={note} maxLength={1000} onChange={(e) => setNote(e.currentTarget.value)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="danger"
          disabled={pending}
          onClick={() => submit({ id, note }, () => router.refresh())}
        >
          {t("withdrawConfirm")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}

export function CosignButtons({ tenantSlug, id, state }: Base & { state: "pending" | "confirmed" | "declined" }) {
  const t = useTranslations("suggestionsSubmit.panel");
  const router = useRouter();
  const confirm = useActionForm((input) => cosignSuggestionAction(tenantSlug, input));
  const decline = useActionForm((input) => declineCosignAction(tenantSlug, input));
  const pending = confirm.pending || decline.pending;
  return (
    <div className="space-y-3">
      <FormAlert error={confirm.error ?? decline.error} shown={[]} />
      <p className="text-sm text-gray-700">{t(`cosignState.${state}`)}</p>
      <div className="flex flex-wrap gap-2">
        {state !== "confirmed" && (
          <Button
            type="button"
            disabled={pending}
            className="w-full sm:w-auto"
            onClick={() => confirm.submit({ id }, () => router.refresh())}
          >
            {t("cosign")}
          </Button>
        )}
        {state !== "declined" && (
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            className="w-full sm:w-auto"
            onClick={() => decline.submit({ id }, () => router.refresh())}
          >
            {t("declineCosign")}
          </Button>
        )}
      </div>
    </div>
  );
}
