"use client";
// A reception's record, made to be filled in on a phone right after it: the day, the deputies present (the
// station's own offered first), how many people came, a summary, the issues raised and photos.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button, Field, Input, Select, Textarea } from "@/components/ui";
import {
  createReceptionRecordAction,
  ISSUE_CATEGORIES,
  ISSUE_STATUSES,
  type IssueCategory,
  type IssueStatus,
} from "@/lib/modules/stations/client";
import { DeputyPicker, type PickedDeputy } from "./DeputyPicker";

type Issue = { key: number; category: IssueCategory; content: string; status: IssueStatus };
type Props = {
  tenantSlug: string;
  stationId: string;
  receptionDay: { id: string; day: string; deputyIds: string[] } | null;
  offered: PickedDeputy[];
  known: PickedDeputy[];
  today: string;
};
const FIELDS = ["day", "deputyIds", "peopleReceived", "summary", "issues", "photos", "file"];

export function RecordForm({ tenantSlug, stationId, receptionDay, offered, known, today }: Props) {
  const t = useTranslations("stations.recordForm");
  const categories = useTranslations("stations.category");
  const statuses = useTranslations("stations.issueStatus");
  const router = useRouter();
  const [deputyIds, setDeputyIds] = useState<string[]>(receptionDay?.deputyIds ?? []);
  const [issues, setIssues] = useState<Issue[]>([]);
  const { pending, error, submit, fieldError } = useActionForm((form) =>
    createReceptionRecordAction(tenantSlug, form as FormData),
  );
  const setIssue = (key: number, patch: Partial<Issue>) =>
    setIssues(issues.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const value = (name: string) => (el.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "";
    const form = new FormData();
    const input = {
      stationId,
      receptionDayId: receptionDay?.id ?? "",
      day: value("day"),
      deputyIds,
      peopleReceived: value("peopleReceived"),
      summary: value("summary"),
      issues: issues.map(({ category, content, status }) => ({ category, content, status })),
    };
    form.set("input", JSON.stringify(input));
    for (const file of (el.elements.namedItem("file") as HTMLInputElement).files ?? []) form.append("file", file);
    submit(form, (data) => router.push(`/${tenantSlug}/console/stations/${stationId}/records/${data.id}`));
  }
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      <FormAlert error={error} shown={FIELDS} />
      <Field label={t("day")} error={fieldError("day")} required>
        <Input name="day" type="date" max={today} defaultValue={receptionDay?.day ?? today} />
      </Field>
      <DeputyPicker
        tenantSlug={tenantSlug}
        offered={offered}
        known={known}
        value={deputyIds}
        onChange={setDeputyIds}
        legend={t("deputies")}
        error={fieldError("deputyIds")}
      />
      <Field label={t("peopleReceived")} error={fieldError("peopleReceived")} required>
        <Input name="peopleReceived" type="number" inputMode="numeric" min={0} defaultValue="" />
      </Field>
      <Field label={t("summary")} hint={t("summaryHint")} error={fieldError("summary")}>
        <Textarea name="summary" maxLength={5000} rows={5} />
      </Field>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-gray-900">{t("issues")}</legend>
        {issues.map((i, n) => (
          <div key={i.key} className="space-y-2 rounded-lg border border-gray-200 p-3">
            <p className="text-sm font-medium text-gray-800">{t("issueN", { n: n + 1 })}</p>
            <Field label={t("category")} error={fieldError(`issues.${n}.category`)}>
              <Select
                value={i.category}
                onChange={(e) => setIssue(i.key, { category: e.currentTarget.value as IssueCategory })}
              >
                {ISSUE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {categories(c)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("content")} error={fieldError(`issues.${n}.content`)} required>
              <Textarea
                value={i.content}
                maxLength={2000}
                rows={3}
                onChange={(e) => setIssue(i.key, { content: e.currentTarget.value })}
              />
            </Field>
            <Field label={t("status")}>
              <Select
                value={i.status}
                onChange={(e) => setIssue(i.key, { status: e.currentTarget.value as IssueStatus })}
              >
                {ISSUE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {statuses(s)}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              onClick={() => setIssues(issues.filter((x) => x.key !== i.key))}
            >
              {t("removeIssue")}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          onClick={() => setIssues([...issues, { key: Date.now(), category: "other", content: "", status: "OPEN" }])}
        >
          {t("addIssue")}
        </Button>
      </fieldset>
      <Field label={t("photos")} hint={t("photosHint")} error={fieldError("photos") ?? fieldError("file")}>
        <Input name="file" type="file" accept="image/*" multiple />
      </Field>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("save")}
      </Button>
    </form>
  );
}
