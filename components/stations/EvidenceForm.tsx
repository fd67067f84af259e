"use client";
// A station's evidence for one item of the city's standard: met or not, a note, a photo or document.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Checkbox, Field, Input, Textarea } from "@/components/ui";
import { recordEvidenceAction } from "@/lib/modules/stations/client";

type Props = {
  tenantSlug: string;
  stationId: string;
  item: { id: string; label: string; met: boolean; note: string; fileName: string | null };
};

export function EvidenceForm({ tenantSlug, stationId, item }: Props) {
  const t = useTranslations("stations.checklist");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((form) =>
    recordEvidenceAction(tenantSlug, form as FormData),
  );
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const form = e.currentTarget;
    submit(new FormData(form), () => {
      setSaved(true);
      form.reset();
      router.refresh();
    });
  }
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3" aria-label={t("formLabel", { item: item.label })}>
      <input type="hidden" name="stationId" value={stationId} />
      <input type="hidden" name="itemId" value={item.id} />
      <FormAlert error={error} shown={["note", "file"]} />
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <Checkbox name="met" label={t("met")} defaultChecked={item.met} />
      <Field label={t("note")} error={fieldError("note")}>
        <Textarea name="note" defaultValue={item.note} maxLength={1000} rows={2} />
      </Field>
      <Field label={t("file")} hint={t("fileHint")} error={fieldError("file")}>
        <Input name="file" type="file" accept="image/*,.pdf,.docx,.xlsx,.txt" />
      </Field>
      {item.fileName && <Checkbox name="removeAttachment" label={t("removeFile", { name: item.fileName })} />}
      <Button type="submit" size="sm" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
