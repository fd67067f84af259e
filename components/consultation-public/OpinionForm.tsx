// The comment form, as markup only: the draft page renders it server-side, open under an article when a visitor
// without script asked for it (?comment=…), and once more inside a <template> that the page's small script
// (page-script.ts) clones under whichever article the visitor taps. The form posts to the page itself, so it
// works without script; with script it is sent to the JSON API instead. No React state or effects: the page ships
// no React to the browser (issue #4's 120 KB budget).
import { useTranslations } from "next-intl";
import { Alert, Button, buttonClasses, Field, Input, Select, Textarea } from "@/components/ui";
import type { OpinionFormError, OpinionFormValues } from "@/lib/modules/consultation/client";

type Props = {
  /** Prefix of every id inside the form ("__OF__" in the template, replaced by the script). */
  idPrefix: string;
  /** The article commented on; null for the draft as a whole. */
  article: { id: string; label: string } | null;
  districts: { id: string; name: string }[];
  max: number;
  /** Where the form posts without script (the page, with ?comment=…). */
  action: string;
  /** Where 收起 leads without script (the page, back at the article). */
  cancelHref: string;
  /** Drawn when the form is shown and kept until the opinion is stored: a double post stores it once. */
  idempotencyKey: string;
  values?: OpinionFormValues;
  error?: OpinionFormError | null;
};

const EMPTY: OpinionFormValues = { content: "", name: "", contact: "", area: "" };

export function OpinionForm({
  idPrefix: p,
  article,
  districts,
  max,
  action,
  cancelHref,
  idempotencyKey,
  values = EMPTY,
  error,
}: Props) {
  const t = useTranslations("consultationPublic.form");
  const fieldError = (name: string) => error?.fieldErrors?.[name]?.join(" ") || undefined;
  const count = values.content.trim().length;
  const alert = error
    ? error.fieldErrors
      ? [t("fixErrors"), ...(error.fieldErrors.articleId ?? [])].join(" ")
      : error.message
    : null;
  return (
    <form method="post" action={action} noValidate data-opinion-form className="space-y-4">
      <input type="hidden" name="articleId" value={article?.id ?? ""} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <h3 id={`${p}-title`} data-opinion-title className="text-base font-semibold text-gray-900">
        {article ? t("titleArticle", { label: article.label }) : t("titleWhole")}
      </h3>
      <Alert tone="error" hidden={!alert} data-opinion-alert>
        {alert}
      </Alert>
      <Field
        id={`${p}-content`}
        label={t("content")}
        hint={t("contentHint", { max })}
        error={fieldError("content")}
        required
      >
        {(control) => (
          <>
            <Textarea
              {...control}
              aria-describedby={`${control["aria-describedby"] ?? ""} ${p}-count`.trim()}
              name="content"
              rows={6}
              defaultValue={values.content}
            />
            <p
              id={`${p}-count`}
              data-opinion-counter
              className={count > max ? "text-sm font-medium text-red-700" : "text-sm text-gray-600"}
            >
              {t("counter", { count, max })}
            </p>
          </>
        )}
      </Field>
      <fieldset className="space-y-3 rounded-md border border-gray-200 p-3" aria-describedby={`${p}-purpose`}>
        <legend className="px-1 text-sm font-semibold text-gray-900">{t("aboutYou")}</legend>
        <p id={`${p}-purpose`} className="text-sm text-gray-700">
          {t("purpose")}
        </p>
        <Field id={`${p}-name`} label={t("name")} error={fieldError("name")}>
          <Input name="name" maxLength={50} autoComplete="name" defaultValue={values.name} />
        </Field>
        <Field id={`${p}-contact`} label={t("contact")} error={fieldError("contact")}>
          <Input name="contact" maxLength={100} autoComplete="off" defaultValue={values.contact} />
        </Field>
        {districts.length > 0 && (
          <Field id={`${p}-area`} label={t("district")} error={fieldError("area")}>
            <Select name="area" defaultValue={values.area}>
              <option value="">{t("districtNone")}</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </fieldset>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" data-opinion-submit>
          {t("submit")}
        </Button>
        <a href={cancelHref} data-opinion-close className={buttonClasses("secondary")}>
          {t("cancel")}
        </a>
      </div>
    </form>
  );
}
