"use client";
// 询问会现场记录, on the clerk's laptop in the room: keyboard first (Ctrl+Enter saves and starts the next entry,
// Alt+F follows up the last, Esc clears), the entry being typed kept on every keystroke, and every saved entry
// kept in this browser's storage until the server has it (lib/modules/oversight/session-queue.ts). When the
// network drops the clerk goes on typing; entries read 待同步 and are sent, once each, when it is back.
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { Badge, Button, Field, Input, Select, Textarea } from "@/components/ui";
import { newUuid } from "@/lib/ids";
import {
  flushQueue,
  loadDraft,
  loadQueue,
  saveDraft,
  saveQueue,
  sendResultOf,
  threadBy,
  upsertEntry,
  type QueuedQuestion,
  type QueueEntry,
} from "@/lib/modules/oversight/client";

type ServerQuestion = QueuedQuestion & { seq: number };

type Props = {
  tenantSlug: string;
  inquiryId: string;
  readOnly: boolean;
  respondents: { id: string; unitName: string; officials: string }[];
  people: string[];
  questions: ServerQuestion[];
};

type Draft = {
  questionerName: string;
  respondentId: string;
  answererName: string;
  question: string;
  answer: string;
  parentClientKey: string | null;
  editing: string | null;
};

const EMPTY: Draft = {
  questionerName: "",
  respondentId: "",
  answererName: "",
  question: "",
  answer: "",
  parentClientKey: null,
  editing: null,
};

type Row = QueuedQuestion & { state: QueueEntry["state"]; error: string | null };

export function SessionRecorder({ tenantSlug, inquiryId, readOnly, respondents, people, questions }: Props) {
  const t = useTranslations("oversightInquiry.session");
  const ids = useId();
  const questionRef = useRef<HTMLTextAreaElement>(null);
  const [queue, setQueue] = useState<QueueEntry[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [online, setOnline] = useState(true);
  const [restored, setRestored] = useState(false);
  const [missing, setMissing] = useState(false);
  const flushing = useRef(false);

  const send = useCallback(
    async (q: QueuedQuestion) => {
      let res: Response | null = null;
      try {
        res = await fetch(`/api/v1/${tenantSlug}/inquiries/${inquiryId}/questions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(q),
        });
      } catch {
        res = null; // offline or the connection dropped: kept, retried
      }
      return sendResultOf(res);
    },
    [tenantSlug, inquiryId],
  );

  const flush = useCallback(async () => {
    if (flushing.current || readOnly) return;
    flushing.current = true;
    try {
      await flushQueue(localStorage, inquiryId, send, setQueue);
    } finally {
      flushing.current = false;
    }
  }, [inquiryId, readOnly, send]);

  // What this browser kept: the queue and the half-typed entry.
  useEffect(() => {
    setQueue(loadQueue(localStorage, inquiryId));
    const d = loadDraft(localStorage, inquiryId) as Partial<Draft> | null;
    if (d && (d.question || d.answer)) {
      setDraft({ ...EMPTY, ...d });
      setRestored(true);
    }
    setOnline(navigator.onLine);
    const up = () => {
      setOnline(true);
      void flush();
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    void flush();
    // A network that comes back without an "online" event (a captive Wi-Fi, a flaky switch): try every 5 s.
    const timer = window.setInterval(() => {
      if (loadQueue(localStorage, inquiryId).some((e) => e.state === "pending")) void flush();
    }, 5000);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      window.clearInterval(timer);
    };
  }, [inquiryId, flush]);

  function change(patch: Partial<Draft>) {
    setDraft((d) => {
      const next = { ...d, ...patch };
      saveDraft(localStorage, inquiryId, next);
      return next;
    });
    setMissing(false);
  }

  // The server's rows, with this browser's newer or unsent versions over them, in the order asked.
  const rows: Row[] = useMemo(() => {
    const local = new Map(queue.map((e) => [e.clientKey, e]));
    const out: Row[] = questions.map((q) => {
      const l = local.get(q.clientKey);
      return l ? { ...l } : { ...q, state: "synced", error: null };
    });
    const known = new Set(questions.map((q) => q.clientKey));
    for (const e of queue) if (!known.has(e.clientKey)) out.push({ ...e });
    return threadBy(
      out,
      (r) => r.clientKey,
      (r) => r.parentClientKey,
    );
  }, [questions, queue]);

  const pending = queue.filter((e) => e.state === "pending").length;
  const last = rows.at(-1) ?? null;
  const parent = draft.parentClientKey ? rows.find((r) => r.clientKey === draft.parentClientKey) : null;
  const officials = respondents.find((r) => r.id === draft.respondentId)?.officials ?? "";

  function save() {
    if (!draft.questionerName.trim() || !draft.question.trim()) {
      setMissing(true);
      return;
    }
    const old = draft.editing ? rows.find((r) => r.clientKey === draft.editing) : null;
    const entry: QueuedQuestion = {
      clientKey: draft.editing ?? newUuid(),
      parentClientKey: old ? old.parentClientKey : draft.parentClientKey,
      questionerName: draft.questionerName.trim(),
      respondentId: draft.respondentId || null,
      answererName: draft.answererName.trim(),
      question: draft.question.trim(),
      answer: draft.answer.trim(),
      askedAt: old?.askedAt ?? new Date().toISOString(),
    };
    const next = upsertEntry(loadQueue(localStorage, inquiryId), entry);
    saveQueue(localStorage, inquiryId, next);
    setQueue(next);
    // The next entry keeps who asks and who answers: a follow-up usually comes from the same pair.
    const kept = {
      ...EMPTY,
      questionerName: entry.questionerName,
      respondentId: entry.respondentId ?? "",
      answererName: entry.answererName,
    };
    setDraft(kept);
    saveDraft(localStorage, inquiryId, null);
    setRestored(false);
    questionRef.current?.focus();
    void flush();
  }

  function followUp(of: Row | null) {
    if (!of) return;
    change({
      parentClientKey: of.parentClientKey ?? of.clientKey,
      questionerName: of.questionerName,
      respondentId: of.respondentId ?? "",
      answererName: of.answererName,
      editing: null,
    });
    questionRef.current?.focus();
  }

  function edit(r: Row) {
    change({
      editing: r.clientKey,
      parentClientKey: r.parentClientKey,
      questionerName: r.questionerName,
      respondentId: r.respondentId ?? "",
      answererName: r.answererName,
      question: r.question,
      answer: r.answer,
    });
    questionRef.current?.focus();
  }

  function retry(r: Row) {
    const next = upsertEntry(loadQueue(localStorage, inquiryId), r);
    saveQueue(localStorage, inquiryId, next);
    setQueue(next);
    void flush();
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      save();
    } else if (e.altKey && (e.key === "f" || e.key === "F" || e.code === "KeyF")) {
      e.preventDefault();
      followUp(last);
    } else if (e.key === "Escape") {
      e.preventDefault();
      change({ ...EMPTY, questionerName: draft.questionerName, respondentId: draft.respondentId });
    }
  }

  return (
    <div className="space-y-6">
      <div
        role="status"
        aria-live="polite"
        className={`flex flex-wrap items-center gap-3 rounded-lg border p-3 text-sm ${
          online ? "border-green-200 bg-green-50 text-green-900" : "border-amber-300 bg-amber-50 text-amber-900"
        }`}
      >
        <span className="font-medium">{online ? t("online") : t("offline")}</span>
        <span data-testid="sync-state">{pending > 0 ? t("pendingCount", { count: pending }) : t("allSynced")}</span>
      </div>

      {!readOnly && (
        <form
          noValidate
          onKeyDown={onKeyDown}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
          className="space-y-3 rounded-lg border border-gray-200 bg-white p-4"
          aria-label={t("title")}
        >
          <p className="text-sm text-gray-700">{t("shortcuts")}</p>
          {restored && <p className="text-sm text-brand-800">{t("draftKept")}</p>}
          {parent && (
            <p className="flex flex-wrap items-center gap-2 rounded bg-brand-50 p-2 text-sm text-brand-900">
              <span className="min-w-0 break-words">{t("followUpOf", { question: parent.question.slice(0, 60) })}</span>
              <Button type="button" variant="ghost" size="sm" onClick={() => change({ parentClientKey: null })}>
                {t("cancelFollowUp")}
              </Button>
            </p>
          )}
          <div className="grid gap-3 md:grid-cols-3">
            <Field label={t("questioner")} hint={t("questionerHint")} required>
              <Input
                name="questionerName"
                list={`${ids}-people`}
                autoComplete="off"
                value={draft.questionerName}
                onChange={(e) => change({ questionerName: e.target.value })}
                maxLength={100}
              />
            </Field>
            <Field label={t("respondent")}>
              <Select
                name="respondentId"
                value={draft.respondentId}
                onChange={(e) => change({ respondentId: e.target.value })}
              >
                <option value="">{t("noRespondent")}</option>
                {respondents.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.unitName}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("answerer")} hint={officials || undefined}>
              <Input
                name="answererName"
                autoComplete="off"
                value={draft.answererName}
                onChange={(e) => change({ answererName: e.target.value })}
                maxLength={200}
              />
            </Field>
          </div>
          <datalist id={`${ids}-people`}>
            {people.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <Field label={t("question")} required error={missing ? t("questionRequired") : undefined}>
            <Textarea
              ref={questionRef}
              name="question"
              rows={3}
              autoFocus
              value={draft.question}
              onChange={(e) => change({ question: e.target.value })}
              maxLength={5000}
            />
          </Field>
          <Field label={t("answer")}>
            <Textarea
              name="answer"
              rows={5}
              value={draft.answer}
              onChange={(e) => change({ answer: e.target.value })}
              maxLength={5000}
            />
          </Field>
          <div className="flex flex-wrap gap-3">
            <Button type="submit">{draft.editing ? t("updateEntry") : t("save")}</Button>
            {draft.editing ? (
              <Button type="button" variant="secondary" onClick={() => change({ ...EMPTY })}>
                {t("cancelEdit")}
              </Button>
            ) : (
              <Button type="button" variant="secondary" disabled={!last} onClick={() => followUp(last)}>
                {t("followUp")}
              </Button>
            )}
          </div>
        </form>
      )}

      <section aria-labelledby={`${ids}-recorded`} className="space-y-3">
        <h2 id={`${ids}-recorded`} className="text-lg font-semibold text-gray-900">
          {t("recorded")}
        </h2>
        {rows.length === 0 ? (
          <p className="text-sm text-gray-600">{t("empty")}</p>
        ) : (
          <ol className="space-y-3">
            {rows.map((r, i) => (
              <li
                key={r.clientKey}
                data-testid="session-entry"
                className={`rounded-lg border border-gray-200 bg-white p-3 ${r.parentClientKey ? "ml-4 sm:ml-8" : ""}`}
              >
                <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <span className="font-medium text-gray-900">
                    {i + 1}. {r.parentClientKey ? `${t("followUp")} · ` : ""}
                    {r.questionerName}
                    {r.respondentId && (
                      <span className="font-normal text-gray-700">
                        {" → "}
                        {respondents.find((x) => x.id === r.respondentId)?.unitName}
                        {r.answererName ? ` ${r.answererName}` : ""}
                      </span>
                    )}
                  </span>
                  <span className="flex items-center gap-2">
                    <Badge tone={r.state === "synced" ? "success" : r.state === "failed" ? "danger" : "warning"}>
                      {t(`state.${r.state}`)}
                    </Badge>
                    {!readOnly && (
                      <Button type="button" variant="ghost" size="sm" onClick={() => edit(r)}>
                        {t("editEntry")}
                      </Button>
                    )}
                    {r.state === "failed" && !readOnly && (
                      <Button type="button" variant="ghost" size="sm" onClick={() => retry(r)}>
                        {t("retry")}
                      </Button>
                    )}
                  </span>
                </div>
                <p className="mt-2 whitespace-pre-wrap break-words text-gray-900">{r.question}</p>
                {r.answer && <p className="mt-2 whitespace-pre-wrap break-words text-gray-700">{r.answer}</p>}
                {r.error && (
                  <p role="alert" className="mt-2 text-sm text-red-700">
                    {r.error}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
