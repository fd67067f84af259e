"use client";
// The phone-first message form: who it goes to, category, title, text with its counter, photos, the district or
// street, then the contact details with the personal-information notice BEFORE them. It posts to
// POST /api/v1/{tenant}/stations/{id}/messages (JSON, or multipart with photos) with one Idempotency-Key kept
// across retries — a dropped connection and a second tap send the message once — and shows the server's
// messages field by field. On success the receipt code replaces the form.
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Alert, Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import {
  MESSAGE_BODY_MAX,
  MESSAGE_EMAIL_MAX,
  MESSAGE_NAME_MAX,
  MESSAGE_TITLE_MAX,
  type IntakeFormStation,
} from "@/lib/modules/citizen-messages/client";
import { PhotoPicker, type PickedPhoto } from "./PhotoPicker";
import { ReceiptPanel } from "./ReceiptPanel";

type Props = {
  tenantSlug: string;
  station: IntakeFormStation;
  deputyId: string | null;
  categories: { value: string; label: string }[];
  areas: { id: string; name: string; depth: number }[];
};

type ServerError = { message: string; fieldErrors?: Record<string, string[]> };

const newKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export function MessageForm({ tenantSlug, station, deputyId, categories, areas }: Props) {
  const t = useTranslations("citizenMessagesIntake.form");
  const ids = useId();
  const [bodyLength, setBodyLength] = useState(0);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ServerError | null>(null);
  const [receipt, setReceipt] = useState<{ code: string; trackUrl: string } | null>(null);
  // One key per message: every retry of it (a dropped answer, a second tap) sends the same one.
  const key = useRef<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const fieldError = (name: string) => error?.fieldErrors?.[name]?.[0];

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending) return;
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const fields = {
      deputyId: text("deputyId"),
      category: text("category"),
      title: text("title"),
      body: text("body"),
      areaId: text("areaId"),
      name: text("name"),
      phone: text("phone"),
      email: text("email"),
      replyByPhone: form.get("replyByPhone") === "on",
      publishConsent: form.get("publishConsent") === "on",
    };
    key.current ??= newKey();
    const url = `/api/v1/${encodeURIComponent(tenantSlug)}/stations/${encodeURIComponent(station.id)}/messages`;
    let init: RequestInit;
    if (photos.length) {
      const multipart = new FormData();
      for (const [k, v] of Object.entries(fields)) multipart.set(k, String(v));
      for (const p of photos) multipart.append("photos", p.file, p.file.name);
      init = { method: "POST", headers: { "idempotency-key": key.current }, body: multipart };
    } else {
      init = {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": key.current },
        body: JSON.stringify(fields),
      };
    }
    setPending(true);
    setError(null);
    try {
      const res = await fetch(url, init);
      const json = (await res.json().catch(() => null)) as {
        data?: { receiptCode: string; trackUrl: string };
        error?: ServerError;
      } | null;
      if (res.status === 201 && json?.data) {
        setReceipt({ code: json.data.receiptCode, trackUrl: json.data.trackUrl });
        return;
      }
      setError(json?.error ?? { message: t("unexpected") });
    } catch {
      setError({ message: t("networkError") });
    } finally {
      setPending(false);
    }
    // The news is above the form: take keyboard and screen-reader users there.
    requestAnimationFrame(() => summary.current?.focus());
  }

  function another() {
    photos.forEach((p) => URL.revokeObjectURL(p.url));
    setPhotos([]);
    setReceipt(null);
    setError(null);
    setBodyLength(0);
    key.current = null;
  }

  if (receipt) return <ReceiptPanel code={receipt.code} trackUrl={receipt.trackUrl} onAnother={another} />;

  const counterId = `${ids}-counter`;
  const piplId = `${ids}-pipl`;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5" aria-busy={pending}>
      <div ref={summary} tabIndex={-1} className="outline-none">
        {error && <Alert tone="error">{error.fieldErrors ? t("fixErrors") : error.message}</Alert>}
      </div>
      {station.deputies.length > 0 ? (
        <Field label={t("to")} error={fieldError("deputyId")}>
          <Select name="deputyId" defaultValue={deputyId ?? ""}>
            <option value="">{t("wholeStation")}</option>
            {station.deputies.map((d) => (
              <option key={d.id} value={d.id}>
                {t("deputyOption", { name: d.name })}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <input type="hidden" name="deputyId" value="" />
      )}
      <Field label={t("category")} error={fieldError("category")} required>
        <Select name="category" defaultValue="">
          <option value="" disabled>
            {t("chooseCategory")}
          </option>
          {categories.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("titleLabel")} hint={t("titleHint")} error={fieldError("title")} required>
        <Input name="title" maxLength={MESSAGE_TITLE_MAX} autoComplete="off" enterKeyHint="next" />
      </Field>
      <Field label={t("body")} hint={t("bodyHint")} error={fieldError("body")} required>
        <Textarea
          name="body"
          rows={8}
          maxLength={MESSAGE_BODY_MAX}
          aria-describedby={counterId}
          onChange={(e) => setBodyLength(e.currentTarget.value.length)}
        />
      </Field>
      <p id={counterId} className="-mt-3 text-right text-sm text-gray-600">
        {t("counter", { count: bodyLength, max: MESSAGE_BODY_MAX })}
      </p>
      <PhotoPicker photos={photos} onChange={setPhotos} error={fieldError("photos")} hintId={`${ids}-photos-hint`} />
      {areas.length > 0 && (
        <Field label={t("area")} error={fieldError("areaId")}>
          <Select name="areaId" defaultValue="">
            <option value="">{t("areaNone")}</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.depth > 0 ? `\u3000${a.name}` : a.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <fieldset className="space-y-4 rounded-lg border border-gray-200 bg-white p-4" aria-describedby={piplId}>
        <legend className="px-1 font-semibold text-gray-900">{t("contactTitle")}</legend>
        <div id={piplId} className="space-y-2 rounded-md bg-blue-50 p-3 text-sm text-gray-800">
          <p className="font-semibold text-gray-900">{t("piplTitle")}</p>
          <p>{t("piplPurpose")}</p>
          <p>{t("piplWho")}</p>
          <p>{t("piplRetention")}</p>
        </div>
        <Field label={t("name")} error={fieldError("name")}>
          <Input name="name" maxLength={MESSAGE_NAME_MAX} autoComplete="name" />
        </Field>
        <Field label={t("phone")} hint={t("phoneHint")} error={fieldError("phone")}>
          <Input name="phone" type="tel" inputMode="tel" maxLength={30} autoComplete="tel" />
        </Field>
        <Field label={t("email")} error={fieldError("email")}>
          <Input name="email" type="email" inputMode="email" maxLength={MESSAGE_EMAIL_MAX} autoComplete="email" />
        </Field>
        <Checkbox name="replyByPhone" label={t("replyByPhone")} hint={t("replyByPhoneHint")} />
      </fieldset>
      <Checkbox name="publishConsent" label={t("publishConsent")} hint={t("publishConsentHint")} />
      <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
