"use client";
// Adds a draft version from pasted text or an uploaded .txt / .docx / .pdf file. The server parses it into articles
// and answers the parser's warnings, which are shown at once: with NO_ARTICLES the text was kept whole.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Input, Textarea } from "@/components/ui";
import { addDraftVersionAction } from "@/lib/modules/legislation/client";
import { DraftWarnings } from "./DraftWarnings";
import { FormAlert } from "./FormAlert";

type Added = { id: string; versionNo: number; articles: number; warnings: string[] };
type Props = { tenantSlug: string; regulationId: string; base: string };
const FIELDS = ["label", "text", "file"];
// Server actions accept bodies up to 1 MB (next.config.ts); a larger one would fail before reaching our code,
// so refuse it here with a clear message instead.
const MAX_BYTES = 1_000_000 - 10_000;

export function AddDraftForm({ tenantSlug, regulationId, base }: Props) {
  const t = useTranslations("legislation.draftForm");
  const router = useRouter();
  const [added, setAdded] = useState<(Added & { label: string }) | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    addDraftVersionAction(tenantSlug, input as FormData),
  );

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    const bytes = new Blob([String(data.get("text") ?? "")]).size + (file instanceof File ? file.size : 0);
    setTooLarge(bytes > MAX_BYTES);
    if (bytes > MAX_BYTES) return;
    if (file instanceof File && file.size === 0) data.delete("file");
    const label = String(data.get("label") ?? "");
    setAdded(null);
    submit(data, (result) => {
      setAdded({ ...(result as Added), label });
      form.reset();
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {added && (
        <div className="space-y-3">
          <Alert tone="success">
            {t("added", { no: added.versionNo, label: added.label, count: added.articles })}{" "}
            <Link href={`${base}/drafts/${added.id}`} className="font-medium underline">
              {t("viewAdded")}
            </Link>
          </Alert>
          <DraftWarnings warnings={added.warnings} />
        </div>
      )}
      <form noValidate onSubmit={onSubmit} className="max-w-2xl space-y-4" encType="multipart/form-data">
        <FormAlert error={error} shown={FIELDS} />
        <input type="hidden" name="regulationId" value={regulationId} />
        <Field label={t("label")} hint={t("labelHint")} error={fieldError("label")} required>
          <Input name="label" autoComplete="off" className="max-w-xs" />
        </Field>
        <Field label={t("text")} hint={t("textHint")} error={fieldError("text")}>
          <Textarea name="text" rows={10} />
        </Field>
        <Field label={t("file")} hint={t("fileHint")} error={tooLarge ? t("tooLarge") : fieldError("file")}>
          <Input
            name="file"
            type="file"
            accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            className="py-2"
          />
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? t("parsing") : t("submit")}
        </Button>
      </form>
    </div>
  );
}
