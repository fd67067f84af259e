"use client";
// Corrects an issue raised at a reception after the event: its category, its wording and its follow-up status.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Select, Textarea } from "@/components/ui";
import {
  ISSUE_CATEGORIES,
  ISSUE_STATUSES,
  updateIssueAction,
  type ReceptionIssueRow,
} from "@/lib/modules/stations/client";

export function IssueForm({ tenantSlug, issue, n }: { tenantSlug: string; issue: ReceptionIssueRow; n: number }) {
  const t = useTranslations("stations.issueForm");
  const categories = useTranslations("stations.category");
  const statuses = useTranslations("stations.issueStatus");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => updateIssueAction(tenantSlug, input));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    submit({ ...formObject(e.currentTarget), id: issue.id }, () => {
      setSaved(true);
      router.refresh();
    });
  }
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("edit", { n })}</summary>
      <form noValidate onSubmit={onSubmit} className="space-y-3 pt-3">
        <FormAlert error={error} shown={["category", "content", "status"]} />
        {saved && <Alert tone="success">{t("saved")}</Alert>}
        <Field label={t("category")} error={fieldError("category")}>
          <Select name="category" defaultValue={issue.category}>
            {ISSUE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categories(c)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("content")} error={fieldError("content")} required>
          <Textarea name="content" defaultValue={issue.content} maxLength={2000} rows={3} />
        </Field>
        <Field label={t("status")} error={fieldError("status")}>
          <Select name="status" defaultValue={issue.status}>
            {ISSUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statuses(s)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" size="sm" disabled={pending}>
          {t("save")}
        </Button>
      </form>
    </details>
  );
}
