"use client";
// One comment form, used for the whole draft and under every article. It stays a single button until asked for,
// so a long draft costs one small component, not a hundred forms. The Idempotency-Key is drawn when the form is
// opened and kept until the opinion is stored: a double click, or a retry after a lost answer, stores it once.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Alert, Button, Field, Input, Select, Textarea } from "@/components/ui";
import type { Failure } from "@/lib/errors";
import { submitOpinionAction } from "@/lib/modules/consultation/actions-portal";
import { OpinionReceipt } from "./OpinionReceipt";

type Props = {
  tenantSlug: string;
  consultationId: string;
  /** The article commented on; null for the draft as a whole. */
  article: { id: string; label: string } | null;
  districts: { id: string; name: string }[];
  /** OPINION_MAX_LENGTH, handed down by the server: importing schemas.ts here would ship zod to every phone. */
  max: number;
  /** Id of the element holding the article's text, which the form sits under. */
  articleElementId?: string;
};

// crypto.randomUUID exists only on HTTPS pages; a city's intranet demo may be plain HTTP.
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type FormError = Failure["error"] | { code: "LOCAL"; message: string; fieldErrors?: Record<string, string[]> };

export function OpinionForm({ tenantSlug, consultationId, article, districts, max, articleElementId }: Props) {
  const t = useTranslations("consultationPublic.form");
  const id = useId();
  const [open, setOpen] = useState(false);
  const [content, setContent] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [receipt, setReceipt] = useState<string | null>(null);
  const key = useRef("");
  const busy = useRef(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  // Closing removes the form the keyboard was in: put focus back on the button that opened it.
  useEffect(() => {
    if (!open && refocus.current) {
      refocus.current = false;
      toggle.current?.focus();
    }
  }, [open]);

  const show = () => {
    key.current ||= newKey();
    setOpen(true);
  };
  const hide = () => {
    refocus.current = true;
    setOpen(false);
  };
  const again = () => {
    key.current = newKey();
    setContent("");
    setReceipt(null);
  };
  const fieldError = (name: string) => error?.fieldErrors?.[name]?.join(" ") || undefined;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy.current) return; // a second click while the first is on its way
    const f = new FormData(e.currentTarget);
    const text = content.trim();
    if (!text || text.length > max) {
      const message = text ? t("tooLong", { max }) : t("required");
      setError({ code: "LOCAL", message, fieldErrors: { content: [message] } });
      return;
    }
    busy.current = true;
    setPending(true);
    const str = (name: string) => String(f.get(name) ?? "");
    try {
      const result = await submitOpinionAction(tenantSlug, consultationId, { articleId: article?.id ?? "", content, name: str("name"), contact: str("contact"), area: str("area") }, key.current);
      if (result.ok) {
        setError(null);
        setReceipt(result.data.receiptCode);
        key.current = "";
      } else {
        setError(result.error);
      }
    } catch {
      // No answer: the opinion may or may not be stored. The same key makes a retry safe either way.
      setError({ code: "LOCAL", message: t("network") });
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  const title = article ? t("titleArticle", { label: article.label }) : t("titleWhole");
  const over = content.trim().length > max;
  return (
    <div className="mt-2">
      {!open && (
        <Button ref={toggle} type="button" variant={article ? "ghost" : "primary"} size={article ? "sm" : "md"} aria-expanded={false} onClick={show} className={article ? "-ms-3" : undefined}>
          {article ? t("commentArticle") : t("commentWhole")}
          {article && <span className="sr-only">{`（${article.label}）`}</span>}
        </Button>
      )}
      {open && (
        <section aria-labelledby={`${id}-title`} aria-describedby={articleElementId} className="mt-2 rounded-lg border-2 border-brand-100 bg-white p-4 md:p-5">
          {receipt ? (
            <OpinionReceipt tenantSlug={tenantSlug} code={receipt} headingId={`${id}-title`} onAnother={again} onClose={hide} />
          ) : (
            <form noValidate onSubmit={onSubmit} className="space-y-4">
              <h3 id={`${id}-title`} className="text-base font-semibold text-gray-900">{title}</h3>
              {error && <Alert tone="error">{error.fieldErrors ? t("fixErrors") : error.message}</Alert>}
              <Field label={t("content")} hint={t("contentHint", { max })} error={fieldError("content")} required>
                {(control) => (
                  <>
                    <Textarea
                      {...control}
                      aria-describedby={`${control["aria-describedby"] ?? ""} ${id}-count`.trim()}
                      name="content" rows={6} value={content} onChange={(e) => setContent(e.target.value)} autoFocus
                    />
                    <p id={`${id}-count`} className={over ? "text-sm font-medium text-red-700" : "text-sm text-gray-600"}>
                      {t("counter", { count: content.trim().length, max })}
                    </p>
                  </>
                )}
              </Field>
              <fieldset className="space-y-3 rounded-md border border-gray-200 p-3" aria-describedby={`${id}-purpose`}>
                <legend className="px-1 text-sm font-semibold text-gray-900">{t("aboutYou")}</legend>
                <p id={`${id}-purpose`} className="text-sm text-gray-700">{t("purpose")}</p>
                <Field label={t("name")} error={fieldError("name")}>
                  <Input name="name" maxLength={50} autoComplete="name" />
                </Field>
                <Field label={t("contact")} error={fieldError("contact")}>
                  <Input name="contact" maxLength={100} autoComplete="off" />
                </Field>
                {districts.length > 0 && (
                  <Field label={t("district")} error={fieldError("area")}>
                    <Select name="area" defaultValue="">
                      <option value="">{t("districtNone")}</option>
                      {districts.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
                    </Select>
                  </Field>
                )}
              </fieldset>
              {fieldError("articleId") && <Alert tone="error">{fieldError("articleId")}</Alert>}
              <div className="flex flex-col gap-3 sm:flex-row">
                <Button type="submit" disabled={pending}>{pending ? t("submitting") : t("submit")}</Button>
                <Button type="button" variant="secondary" onClick={hide}>{t("cancel")}</Button>
              </div>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
