"use client";
// The coordinator's consolidated opinions on a draft: several entries at once, each on one article (its text
// shown beside the entry, so the coordinator writes with the article in view) or on the whole draft, with how
// many people the point heard and how (座谈会 / 走访 / 线上).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ArticleBody } from "@/components/legislation/ArticleBody";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import { submitPointOpinionsAction } from "@/lib/modules/contact-points/client";
import { OPINION_MAX_LENGTH } from "@/lib/modules/consultation/client";
import { CONSULT_METHODS, type ConsultMethod } from "@/lib/modules/consultation/client";

type Article = { id: string; label: string; text: string; clauses: unknown };
type Entry = { key: number; articleId: string; content: string; people: string; methods: ConsultMethod[] };
type Props = { tenantSlug: string; consultationId: string; contactPointId: string; articles: Article[] };

const ENTRY_FIELDS = ["articleId", "content", "peopleConsulted", "methods"] as const;

export function PointOpinionsForm({ tenantSlug, consultationId, contactPointId, articles }: Props) {
  const t = useTranslations("contactPoints.submit");
  const methods = useTranslations("contactPoints.method");
  const router = useRouter();
  const nextKey = useRef(1);
  const blank = (): Entry => ({ key: nextKey.current++, articleId: "", content: "", people: "", methods: [] });
  const [entries, setEntries] = useState<Entry[]>(() => [
    { key: 0, articleId: "", content: "", people: "", methods: [] },
  ]);
  const [done, setDone] = useState<{ created: number; skipped: number } | null>(null);
  const { pending, error, submit, fieldError } = useActionForm((input) => submitPointOpinionsAction(tenantSlug, input));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const set = (key: number, patch: Partial<Entry>) =>
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  const shown = entries.flatMap((_, i) => ENTRY_FIELDS.map((f) => `entries.${i}.${f}`)).concat("entries");

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setDone(null);
    const input = {
      consultationId,
      contactPointId,
      entries: entries.map((x) => ({
        articleId: x.articleId,
        content: x.content,
        peopleConsulted: x.people,
        methods: x.methods,
      })),
    };
    submit(input, (data) => {
      setDone({ created: data.created, skipped: data.skipped });
      setEntries([blank()]);
      router.refresh();
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert error={error} shown={shown} />
      {done && <Alert tone="success">{t("done", done)}</Alert>}
      {fieldError("entries") && <Alert tone="error">{fieldError("entries")}</Alert>}
      {entries.map((entry, i) => {
        const article = entry.articleId ? byId.get(entry.articleId) : undefined;
        const err = (f: string) => fieldError(`entries.${i}.${f}`);
        return (
          <fieldset key={entry.key} className="rounded-lg border border-gray-200 bg-white p-4">
            <legend className="px-1 text-base font-semibold text-gray-900">{t("entry", { n: i + 1 })}</legend>
            <div className="grid gap-4 md:grid-cols-2">
              <div className="space-y-4">
                <Field label={t("article")} error={err("articleId")}>
                  <Select
                    value={entry.articleId}
                    onChange={(e) => set(entry.key, { articleId: e.currentTarget.value })}
                  >
                    <option value="">{t("wholeDraft")}</option>
                    {articles.map((a) => (
                      <option key={a.id} value={a.id}>
                        {t("articleOption", { label: a.label, start: a.text.slice(0, 24) })}
                      </option>
                    ))}
                  </Select>
                </Field>
                <div className="max-h-72 overflow-y-auto rounded-md bg-gray-50 p-3 text-sm" aria-live="polite">
                  {article ? (
                    <ArticleBody label={article.label} text={article.text} clauses={article.clauses} />
                  ) : (
                    <p className="text-gray-600">{t("wholeDraftHint")}</p>
                  )}
                </div>
              </div>
              <div className="space-y-4">
                <Field label={t("content")} hint={t("contentHint")} error={err("content")} required>
                  <Textarea
                    rows={6}
                    maxLength={OPINION_MAX_LENGTH}
                    value={entry.content}
                    onChange={(e) => set(entry.key, { content: e.currentTarget.value })}
                  />
                </Field>
                <Field label={t("people")} error={err("peopleConsulted")} required className="max-w-48">
                  <Input
                    type="number"
                    inputMode="numeric"
                    min={1}
                    step={1}
                    value={entry.people}
                    onChange={(e) => set(entry.key, { people: e.currentTarget.value })}
                  />
                </Field>
                <fieldset>
                  <legend className="text-sm font-medium text-gray-900">
                    {t("methods")}
                    <span aria-hidden="true" className="text-red-700">
                      {" "}
                      *
                    </span>
                  </legend>
                  <div className="flex flex-wrap gap-x-6">
                    {CONSULT_METHODS.map((m) => (
                      <Checkbox
                        key={m}
                        label={methods(m)}
                        checked={entry.methods.includes(m)}
                        onChange={(e) =>
                          set(entry.key, {
                            methods: e.currentTarget.checked
                              ? [...entry.methods, m]
                              : entry.methods.filter((x) => x !== m),
                          })
                        }
                      />
                    ))}
                  </div>
                  {err("methods") && (
                    <p role="alert" className="text-sm font-medium text-red-700">
                      {err("methods")}
                    </p>
                  )}
                </fieldset>
              </div>
            </div>
            {entries.length > 1 && (
              <Button
                type="button"
                variant="ghost"
                size="sm"
                className="mt-2"
                onClick={() => setEntries((list) => list.filter((e) => e.key !== entry.key))}
              >
                {t("remove", { n: i + 1 })}
              </Button>
            )}
          </fieldset>
        );
      })}
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={() => setEntries((list) => [...list, blank()])}>
          {t("add")}
        </Button>
        <Button type="submit" disabled={pending}>
          {t("submitAll", { count: entries.length })}
        </Button>
      </div>
    </form>
  );
}
