"use client";
// 并案: choose the suggestion this one is merged into — type a number or words of its title to narrow the list.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, Input, Select } from "@/components/ui";
import { ReviewForm } from "./ReviewForm";

type Candidate = { id: string; label: string };

export function MergeForm({ tenantSlug, id, candidates }: { tenantSlug: string; id: string; candidates: Candidate[] }) {
  const t = useTranslations("suggestionsReview.forms.merge");
  const [q, setQ] = useState("");
  const shown = q.trim()
    ? candidates.filter((c) => c.label.toLowerCase().includes(q.trim().toLowerCase()))
    : candidates;
  return (
    <ReviewForm
      tenantSlug={tenantSlug}
      id={id}
      action="merge"
      title={t("title")}
      submit={t("submit")}
      shown={["targetId"]}
      tone="secondary"
    >
      {(fe) => (
        <>
          <p className="text-sm text-gray-700">{t("hint")}</p>
          <Field label={t("search")}>
            <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
          </Field>
          <Field label={t("target")} error={fe("targetId")} required hint={t("found", { count: shown.length })}>
            <Select name="targetId" defaultValue="">
              <option value="" disabled>
                {t("choose")}
              </option>
              {shown.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
    </ReviewForm>
  );
}
