"use client";
// The draft form, phone first (one column at 360 px): kind, timing and session, title and text with their
// counters, category, the lead deputy (when the office enters it on a deputy's behalf), co-signers, files and a
// motion's bill. "保存草稿" saves it (the files with it) and opens the suggestion, where it is submitted.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { Alert, Button, Checkbox, Field, Input, Select, Textarea } from "@/components/ui";
import type { Failure } from "@/lib/errors";
import {
  BODY_MAX_CHARS,
  SUGGESTION_FILE_MAX_BYTES,
  SUGGESTION_FILES_MAX,
  TITLE_MAX_CHARS,
  createSuggestionAction,
  updateSuggestionAction,
  type PickedDeputy,
  type SuggestionKind,
  type SuggestionTiming,
} from "@/lib/modules/suggestions/client";
import { DeputySearch } from "./DeputySearch";

type Option = { value: string; label: string };
type FileRow = { id: string; fileName: string };

export type SuggestionFormProps = {
  tenantSlug: string;
  /** Absent: a new draft. */
  id?: string;
  /** The office entering it for a deputy chooses the lead; a deputy leads their own. */
  chooseLead: boolean;
  leadDeputyId?: string;
  sessions: (Option & { open: boolean })[];
  categories: Option[];
  minSigners: number;
  initial?: {
    kind: SuggestionKind;
    timing: SuggestionTiming;
    sessionId: string | null;
    title: string;
    body: string;
    category: string;
    cosigners: PickedDeputy[];
    files: FileRow[];
    bill: FileRow | null;
  };
};

const SHOWN = [
  "kind",
  "timing",
  "sessionId",
  "title",
  "body",
  "category",
  "leadDeputyId",
  "cosignerIds",
  "files",
  "bill",
];

export function SuggestionForm(p: SuggestionFormProps) {
  const t = useTranslations("suggestionsSubmit.form");
  const base = useTranslations("suggestions");
  const router = useRouter();
  const init = p.initial;
  const [kind, setKind] = useState<SuggestionKind>(init?.kind ?? "SUGGESTION");
  const [timing, setTiming] = useState<SuggestionTiming>(
    init?.timing ?? (p.sessions.some((s) => s.open) ? "SESSION" : "RECESS"),
  );
  const [title, setTitle] = useState(init?.title ?? "");
  const [body, setBody] = useState(init?.body ?? "");
  const [lead, setLead] = useState<PickedDeputy[]>([]);
  const [cosigners, setCosigners] = useState<PickedDeputy[]>(init?.cosigners ?? []);
  const [remove, setRemove] = useState<string[]>([]);
  const [error, setError] = useState<Failure["error"] | null>(null);
  const [pending, start] = useTransition();
  const fieldError = (name: string) => error?.fieldErrors?.[name]?.join(" ") || undefined;
  const leadId = p.chooseLead ? lead[0]?.id : p.leadDeputyId;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = {
      ...(p.id ? { id: p.id, removeAttachmentIds: remove } : p.chooseLead ? { leadDeputyId: leadId ?? "" } : {}),
      kind,
      timing,
      sessionId: timing === "SESSION" ? String(f.get("sessionId") ?? "") : "",
      title,
      body,
      category: String(f.get("category") ?? ""),
      cosignerIds: cosigners.map((c) => c.id),
    };
    const form = new FormData();
    form.set("input", JSON.stringify(input));
    let bytes = 0;
    for (const file of f.getAll("file"))
      if (file instanceof File && file.size > 0) {
        form.append("file", file);
        bytes += file.size;
      }
    const bill = f.get("bill");
    if (kind === "MOTION" && bill instanceof File && bill.size > 0) {
      form.set("bill", bill);
      bytes += bill.size;
    }
    // The server takes one request of 1 MB at most: say so here rather than let the request fail unexplained.
    if (bytes > SUGGESTION_FILE_MAX_BYTES - 64 * 1024) {
      const message = t("filesTooLarge");
      return setError({ code: "VALIDATION", message, fieldErrors: { files: [message] } });
    }
    start(async () => {
      const r = await (p.id ? updateSuggestionAction : createSuggestionAction)(p.tenantSlug, form).catch(() => null);
      if (!r) return setError({ code: "BAD_REQUEST", message: t("failed") });
      if (!r.ok) return setError(r.error);
      setError(null);
      router.push(`/${p.tenantSlug}/console/suggestions/${r.data.id}`);
      router.refresh();
    });
  }

  const radios = <V extends string>(
    name: string,
    values: readonly V[],
    value: V,
    set: (v: V) => void,
    label: (v: V) => string,
  ) => (
    <div className="flex flex-wrap gap-x-6 gap-y-2">
      {values.map((v) => (
        <label key={v} className="flex min-h-11 items-center gap-2 text-base text-gray-900">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => set(v)} className="size-5" />
          {label(v)}
        </label>
      ))}
    </div>
  );

  return (
    <form onSubmit={onSubmit} className="mx-auto max-w-2xl space-y-5" noValidate>
      <FormAlert error={error} shown={SHOWN} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-gray-900">{t("kind")}</legend>
        {radios("kind", ["SUGGESTION", "MOTION"] as const, kind, setKind, (v) => base(`kind.${v}`))}
        {kind === "MOTION" && <Alert tone="info">{t("motionRule", { min: p.minSigners })}</Alert>}
        {fieldError("kind") && <p className="text-sm font-medium text-red-700">{fieldError("kind")}</p>}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-gray-900">{t("timing")}</legend>
        {radios("timing", ["SESSION", "RECESS"] as const, timing, setTiming, (v) => base(`timing.${v}`))}
      </fieldset>
      {timing === "SESSION" && (
        <Field
          label={t("session")}
          error={fieldError("sessionId")}
          hint={p.sessions.length ? undefined : t("noSessions")}
          required
        >
          <Select name="sessionId" defaultValue={init?.sessionId ?? p.sessions.find((s) => s.open)?.value ?? ""}>
            <option value="">{t("chooseSession")}</option>
            {p.sessions.map((s) => (
              <option key={s.value} value={s.value}>
                {s.open ? s.label : t("sessionClosed", { name: s.label })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field
        label={t("title")}
        error={fieldError("title")}
        hint={t("count", { n: title.length, max: TITLE_MAX_CHARS })}
        required
      >
        <Input
          name="title"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={TITLE_MAX_CHARS}
        />
      </Field>
      <Field
        label={t("body")}
        error={fieldError("body")}
        hint={t("count", { n: body.length, max: BODY_MAX_CHARS })}
        required
      >
        <Textarea
          name="body"
          rows={10}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          maxLength={BODY_MAX_CHARS}
        />
      </Field>
      <Field label={t("category")} error={fieldError("category")} required>
        <Select name="category" defaultValue={init?.category ?? ""}>
          <option value="">{t("chooseCategory")}</option>
          {p.categories.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      {p.chooseLead && (
        <DeputySearch
          tenantSlug={p.tenantSlug}
          legend={t("lead")}
          hint={t("leadHint")}
          value={lead}
          onChange={setLead}
          single
          error={fieldError("leadDeputyId")}
        />
      )}
      <DeputySearch
        tenantSlug={p.tenantSlug}
        legend={t("cosigners")}
        hint={t("cosignersHint")}
        value={cosigners}
        onChange={setCosigners}
        exclude={leadId ? [leadId] : []}
        error={fieldError("cosignerIds")}
      />
      {init && (init.files.length > 0 || init.bill) && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-gray-900">{t("attached")}</legend>
          {[...(init.bill ? [init.bill] : []), ...init.files].map((f) => (
            <Checkbox
              key={f.id}
              label={t("removeFile", { name: f.fileName })}
              checked={remove.includes(f.id)}
              onChange={(e) =>
                setRemove(e.currentTarget.checked ? [...remove, f.id] : remove.filter((x) => x !== f.id))
              }
            />
          ))}
        </fieldset>
      )}
      {kind === "MOTION" && (
        <Field label={t("bill")} hint={t("billHint")} error={fieldError("bill")}>
          <Input type="file" name="bill" accept=".pdf,.docx,.txt" />
        </Field>
      )}
      <Field label={t("files")} hint={t("filesHint", { max: SUGGESTION_FILES_MAX })} error={fieldError("files")}>
        <Input type="file" name="file" multiple accept="image/*,.pdf,.docx,.xlsx,.txt" />
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
      <p className="text-sm text-gray-600">{t("saveHint")}</p>
    </form>
  );
}
