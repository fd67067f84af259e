"use client";
// The deputy's opinion form: an article of the draft (or the whole draft) and the text; on success the receipt
// code is shown and the page refreshes to list the opinion. Refusals come back in the deputy's language.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Button, Field, Select, Textarea } from "@/components/ui";
import { submitDeputyOpinionAction } from "@/lib/modules/consultation/client";

type Props = { tenantSlug: string; consultationId: string; articles: { id: string; label: string; text: string }[] };

export function DeputyOpinionForm({ tenantSlug, consultationId, articles }: Props) {
  const t = useTranslations("consultation.deputy");
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const [done, setDone] = useState<{ code: string; created: boolean } | null>(null);
  const { pending, error, submit, fieldError } = useActionForm((input) => submitDeputyOpinionAction(tenantSlug, input));
  return (
    <form
      ref={ref}
      noValidate
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        submit({ ...formObject(e.currentTarget), consultationId }, (r) => {
          const res = r as { receiptCode: string; created: boolean };
          setDone({ code: res.receiptCode, created: res.created });
          if (res.created) ref.current?.reset();
          router.refresh();
        });
      }}
    >
      <FormAlert error={error} shown={["articleId", "content"]} />
      {done && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {done.created ? t("sent", { code: done.code }) : t("already", { code: done.code })}
        </p>
      )}
      <Field label={t("article")} error={fieldError("articleId")}>
        <Select name="articleId" defaultValue="">
          <option value="">{t("whole")}</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label} {a.text}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("content")} error={fieldError("content")} required>
        <Textarea name="content" rows={6} maxLength={5000} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("submit")}
      </Button>
    </form>
  );
}
