"use client";
// Dispose opinions: the ones ticked in the list (their checkboxes belong to this form through form="…", so the
// rows stay server-rendered), or every copy of one campaign text at once. The reason is required for every
// disposition but adoption; an adopted opinion may point at the article as changed in a later draft.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { FormAlert } from "@/components/legislation/FormAlert";
import { Alert, Button, Field, Select, Textarea } from "@/components/ui";
import { disposeCampaignAction, disposeOpinionsAction } from "@/lib/modules/consultation/client";
import { DISPOSITIONS, requiresReason, type Disposition } from "@/lib/modules/consultation/client";

export type LaterVersion = { id: string; label: string; articles: { id: string; label: string }[] };
type Target = { kind: "selected" } | { kind: "campaign"; contentHash: string; size: number };
type Props = {
  tenantSlug: string;
  consultationId: string;
  formId: string;
  target: Target;
  laterVersions: LaterVersion[];
};
const FIELDS = ["disposition", "reason", "adoptedArticleId"];

function ticked(form: HTMLFormElement | null): HTMLInputElement[] {
  if (!form) return [];
  return Array.from(form.elements).filter(
    (el): el is HTMLInputElement => el instanceof HTMLInputElement && el.name === "opinionIds",
  );
}

export function DisposeForm({ tenantSlug, consultationId, formId, target, laterVersions }: Props) {
  const t = useTranslations("consultation.dispose");
  const terms = useTranslations("consultationTerms.disposition");
  const router = useRouter();
  const [disposition, setDisposition] = useState<Disposition | "">("");
  const [selected, setSelected] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const { pending, error, submit, fieldError } = useActionForm((input) =>
    target.kind === "campaign" ? disposeCampaignAction(tenantSlug, input) : disposeOpinionsAction(tenantSlug, input),
  );

  // The row checkboxes live outside this component's tree: count them as they change.
  useEffect(() => {
    if (target.kind !== "selected") return;
    const form = document.getElementById(formId) as HTMLFormElement | null;
    const recount = () => setSelected(ticked(form).filter((el) => el.checked).length);
    recount();
    const onChange = (e: Event) => {
      if ((e.target as HTMLInputElement | null)?.form === form) recount();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [formId, target.kind]);

  function selectAll(on: boolean) {
    for (const el of ticked(document.getElementById(formId) as HTMLFormElement | null)) el.checked = on;
    setSelected(on ? ticked(document.getElementById(formId) as HTMLFormElement | null).length : 0);
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setNotice(null);
    const form = e.currentTarget;
    const data = new FormData(form);
    const base = {
      consultationId,
      disposition: data.get("disposition"),
      reason: data.get("reason"),
      adoptedArticleId: data.get("adoptedArticleId") ?? "",
    };
    if (target.kind === "campaign") {
      submit({ ...base, contentHash: target.contentHash }, (r) => {
        setNotice(t("doneCampaign", { count: (r as { disposed: number }).disposed }));
        router.refresh();
      });
      return;
    }
    const ids = data.getAll("opinionIds");
    if (ids.length === 0) {
      setNotice(t("noneSelected"));
      return;
    }
    submit({ ...base, opinionIds: ids }, (r) => {
      setNotice(t("done", { count: (r as { disposed: number }).disposed }));
      selectAll(false);
      router.refresh();
    });
  }

  const adoptable =
    (disposition === "ADOPTED" || disposition === "PARTLY_ADOPTED") && laterVersions.some((v) => v.articles.length > 0);
  return (
    <form
      id={formId}
      noValidate
      onSubmit={onSubmit}
      className="space-y-3"
      aria-label={target.kind === "campaign" ? t("campaignTitle", { size: target.size }) : t("title")}
    >
      <FormAlert error={error} shown={FIELDS} />
      {notice && <Alert tone={notice === t("noneSelected") ? "warning" : "success"}>{notice}</Alert>}
      {target.kind === "selected" && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <Button type="button" size="sm" variant="secondary" onClick={() => selectAll(true)}>
            {t("selectAll")}
          </Button>
          <span aria-live="polite" className="text-gray-700">
            {t("selected", { count: selected })}
          </span>
        </div>
      )}
      <div className="grid gap-3 md:grid-cols-[14rem_1fr]">
        {/* min-w-0: a grid item is as wide as its longest word by default, so a long message would run into the next column. */}
        <Field label={t("disposition")} error={fieldError("disposition")} required className="min-w-0">
          <Select
            name="disposition"
            value={disposition}
            onChange={(e) => setDisposition(e.currentTarget.value as Disposition | "")}
          >
            <option value="">{t("choose")}</option>
            {DISPOSITIONS.map((d) => (
              <option key={d} value={d}>
                {terms(d)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t("reason")}
          hint={t("reasonHint")}
          error={fieldError("reason")}
          required={disposition !== "" && requiresReason(disposition)}
          className="min-w-0"
        >
          <Textarea name="reason" rows={2} />
        </Field>
      </div>
      {adoptable && (
        <Field label={t("adoptedArticle")} hint={t("adoptedArticleHint")} error={fieldError("adoptedArticleId")}>
          <Select name="adoptedArticleId" defaultValue="" className="max-w-md">
            <option value="">{t("noAdoptedArticle")}</option>
            {laterVersions.map((v) => (
              <optgroup key={v.id} label={v.label}>
                {v.articles.map((a) => (
                  <option key={a.id} value={a.id}>
                    {t("adoptedOption", { version: v.label, label: a.label })}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </Field>
      )}
      <Button type="submit" disabled={pending}>
        {target.kind === "campaign" ? t("submitCampaign") : t("submit")}
      </Button>
    </form>
  );
}
