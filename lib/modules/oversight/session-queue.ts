// The session page's offline queue (client-safe, pure apart from the storage handed in): every question typed in
// the room is kept in the browser's storage under its own clientKey before it is sent, and stays there, marked
// pending, until the server has answered 2xx for it. A dropped connection, a closed lid or a reload loses nothing;
// the next flush resends it and the server stores it once (the clientKey is unique per inquiry). A 4xx other than
// a conflict on an unsynced parent is kept with its message for the clerk to correct; never dropped silently.

export type QueuedQuestion = {
  clientKey: string;
  parentClientKey: string | null;
  questionerName: string;
  respondentId: string | null;
  answererName: string;
  question: string;
  answer: string;
  askedAt: string;
};

export type QueueEntry = QueuedQuestion & {
  state: "pending" | "synced" | "failed";
  /** The server's message when it refused the entry (shown beside it). */
  error: string | null;
  /** Bumped on each local edit: a reply for an older version does not mark a newer edit synced. */
  version: number;
};

export type KeyValueStore = Pick<Storage, "getItem" | "setItem">;

export type SendResult = { ok: true } | { ok: false; retry: boolean; message: string | null };

const storageKey = (inquiryId: string) => `lianxin.inquiry-session.${inquiryId}`;
const draftKey = (inquiryId: string) => `lianxin.inquiry-draft.${inquiryId}`;

export function loadQueue(store: KeyValueStore, inquiryId: string): QueueEntry[] {
  try {
    const raw = store.getItem(storageKey(inquiryId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as QueueEntry[]).filter((e) => e && typeof e.clientKey === "string") : [];
  } catch {
    return [];
  }
}

export function saveQueue(store: KeyValueStore, inquiryId: string, queue: QueueEntry[]): void {
  store.setItem(storageKey(inquiryId), JSON.stringify(queue));
}

/** Adds a question, or replaces the one with the same clientKey (an edit): pending again, one version on. */
export function upsertEntry(queue: QueueEntry[], q: QueuedQuestion): QueueEntry[] {
  const old = queue.find((e) => e.clientKey === q.clientKey);
  const entry: QueueEntry = { ...q, state: "pending", error: null, version: (old?.version ?? 0) + 1 };
  return old ? queue.map((e) => (e.clientKey === q.clientKey ? entry : e)) : [...queue, entry];
}

/** What to send next, in the order typed; a follow-up waits for its question to be synced first. */
export function nextToSend(queue: QueueEntry[]): QueueEntry | null {
  const synced = new Set(queue.filter((e) => e.state === "synced").map((e) => e.clientKey));
  const known = new Set(queue.map((e) => e.clientKey));
  return (
    queue.find(
      (e) =>
        e.state === "pending" && (!e.parentClientKey || synced.has(e.parentClientKey) || !known.has(e.parentClientKey)),
    ) ?? null
  );
}

/** Records the server's answer for `version` of an entry. */
export function applyResult(queue: QueueEntry[], clientKey: string, version: number, r: SendResult): QueueEntry[] {
  return queue.map((e) => {
    if (e.clientKey !== clientKey || e.version !== version) return e;
    if (r.ok) return { ...e, state: "synced", error: null };
    return r.retry ? { ...e, error: r.message } : { ...e, state: "failed", error: r.message };
  });
}

/**
 * Sends what is pending, one at a time, until the queue is empty or a send must be retried later (offline, a
 * 5xx, a follow-up whose question is not in yet). Each answer is saved before the next send.
 */
export async function flushQueue(
  store: KeyValueStore,
  inquiryId: string,
  send: (q: QueuedQuestion) => Promise<SendResult>,
  onChange: (queue: QueueEntry[]) => void = () => {},
): Promise<QueueEntry[]> {
  let queue = loadQueue(store, inquiryId);
  for (let i = 0; i < 500; i++) {
    const next = nextToSend(queue);
    if (!next) break;
    const { state: _s, error: _e, version, ...question } = next;
    const r = await send(question);
    // Re-read: the clerk may have edited the entry while it was on its way.
    queue = applyResult(loadQueue(store, inquiryId), next.clientKey, version, r);
    saveQueue(store, inquiryId, queue);
    onChange(queue);
    if (!r.ok && r.retry) break;
  }
  return queue;
}

/** The question being typed, kept on every keystroke so a reload or a crash keeps it too. */
export function loadDraft(store: KeyValueStore, inquiryId: string): Partial<QueuedQuestion> | null {
  try {
    const raw = store.getItem(draftKey(inquiryId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === "object" ? (parsed as Partial<QueuedQuestion>) : null;
  } catch {
    return null;
  }
}

export function saveDraft(store: KeyValueStore, inquiryId: string, draft: Partial<QueuedQuestion> | null): void {
  store.setItem(draftKey(inquiryId), draft ? JSON.stringify(draft) : "");
}

/** How a fetch of the questions endpoint maps to the queue: 2xx synced; offline (null), 5xx, 408 or 429 retried;
 *  any other 4xx kept as failed with the server's message (already in the clerk's language) for correction. A
 *  follow-up is only sent once its question is synced (nextToSend), so a 409 is a real refusal. */
export async function sendResultOf(res: Response | null): Promise<SendResult> {
  if (!res) return { ok: false, retry: true, message: null };
  if (res.ok) return { ok: true };
  let message: string | null = null;
  try {
    const body = (await res.json()) as { error?: { message?: string; fieldErrors?: Record<string, string[]> } };
    const fields = Object.values(body.error?.fieldErrors ?? {}).flat();
    message = [body.error?.message, ...fields].filter(Boolean).join(" ") || null;
  } catch {
    // Not JSON (a proxy's error page): the state alone says it was refused.
  }
  const retry = res.status >= 500 || res.status === 408 || res.status === 429;
  return { ok: false, retry, message };
}
