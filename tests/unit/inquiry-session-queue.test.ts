// The inquiry session page's offline queue (lib/modules/oversight/session-queue.ts) against a storage that
// behaves as localStorage does and a server that drops the connection, answers 5xx, refuses or stores: what was
// typed survives a drop and a reload, is sent once it can be, a follow-up after its question, an edit made while
// a send was on its way is not marked synced by the older answer, and a refusal is kept with its message.
import { describe, expect, test } from "vitest";
import { newUuid } from "@/lib/ids";
import { canMoveInquiry, inquiryIsPublic, recordsQuestions, threadBy } from "@/lib/modules/oversight/inquiry-workflow";
import {
  flushQueue,
  loadDraft,
  loadQueue,
  saveDraft,
  saveQueue,
  sendResultOf,
  upsertEntry,
  type QueuedQuestion,
  type SendResult,
} from "@/lib/modules/oversight/session-queue";

class MemoryStore {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

const INQ = "0190a000-0000-7000-8000-000000000001";
const q = (over: Partial<QueuedQuestion> = {}): QueuedQuestion => ({
  clientKey: newUuid(),
  parentClientKey: null,
  questionerName: "张委员",
  respondentId: null,
  answererName: "王局长",
  question: "企业开办还能再快吗？",
  answer: "",
  askedAt: "2026-06-25T01:10:00.000Z",
  ...over,
});

/** A server: stores by clientKey (a resend overwrites), or is offline / failing while `mode` says so. */
function server() {
  const stored = new Map<string, QueuedQuestion>();
  const calls: string[] = [];
  let mode: "up" | "offline" | "500" | "422" = "up";
  const send = async (x: QueuedQuestion): Promise<SendResult> => {
    calls.push(x.clientKey);
    if (mode === "offline") return sendResultOf(null);
    if (mode === "500") return sendResultOf(new Response("oops", { status: 503 }));
    if (mode === "422")
      return sendResultOf(
        Response.json(
          { error: { message: "请检查填写的内容。", fieldErrors: { question: ["请填写问题。"] } } },
          { status: 422 },
        ),
      );
    if (x.parentClientKey && !stored.has(x.parentClientKey))
      return sendResultOf(Response.json({ error: { message: "所追问的问题尚未同步" } }, { status: 409 }));
    stored.set(x.clientKey, x);
    return sendResultOf(Response.json({ data: {} }, { status: 201 }));
  };
  return { stored, calls, send, set: (m: typeof mode) => (mode = m) };
}

describe("the session's offline queue", () => {
  test("typed while offline: kept as pending across a reload, sent once when back", async () => {
    const store = new MemoryStore();
    const s = server();
    s.set("offline");
    const a = q();
    saveQueue(store, INQ, upsertEntry(loadQueue(store, INQ), a));
    await flushQueue(store, INQ, s.send);
    expect(loadQueue(store, INQ).map((e) => e.state)).toEqual(["pending"]);
    // A reload: the queue is read back from storage, nothing lost.
    const reloaded = new MemoryStore();
    reloaded.data = new Map(store.data);
    s.set("up");
    const after = await flushQueue(reloaded, INQ, s.send);
    expect(after.map((e) => e.state)).toEqual(["synced"]);
    expect([...s.stored.keys()]).toEqual([a.clientKey]);
    // Flushing again sends nothing more.
    const before = s.calls.length;
    await flushQueue(reloaded, INQ, s.send);
    expect(s.calls.length).toBe(before);
  });

  test("a 5xx stops the flush and retries later; the order typed is kept", async () => {
    const store = new MemoryStore();
    const s = server();
    const [a, b] = [q({ question: "一" }), q({ question: "二" })];
    let queue = upsertEntry(upsertEntry([], a), b);
    saveQueue(store, INQ, queue);
    s.set("500");
    queue = await flushQueue(store, INQ, s.send);
    expect(s.calls).toEqual([a.clientKey]);
    expect(queue.map((e) => e.state)).toEqual(["pending", "pending"]);
    s.set("up");
    queue = await flushQueue(store, INQ, s.send);
    expect(queue.map((e) => e.state)).toEqual(["synced", "synced"]);
    expect([...s.stored.values()].map((x) => x.question)).toEqual(["一", "二"]);
  });

  test("a follow-up waits for its question", async () => {
    const store = new MemoryStore();
    const s = server();
    const parent = q();
    const follow = q({ parentClientKey: parent.clientKey, question: "追问" });
    // The follow-up is first in the queue (the parent was edited, so it moved to pending again after it).
    saveQueue(store, INQ, upsertEntry(upsertEntry([], parent), follow));
    s.set("offline");
    await flushQueue(store, INQ, s.send);
    s.set("up");
    const out = await flushQueue(store, INQ, s.send);
    expect(out.every((e) => e.state === "synced")).toBe(true);
    expect([...s.stored.keys()]).toEqual([parent.clientKey, follow.clientKey]);
  });

  test("an edit made while its send is on the way stays pending and is sent again", async () => {
    const store = new MemoryStore();
    const s = server();
    const a = q({ answer: "" });
    saveQueue(store, INQ, upsertEntry([], a));
    let edited = false;
    const slow = async (x: QueuedQuestion) => {
      // The clerk finishes typing the answer while the first version is in flight.
      if (!edited)
        saveQueue(store, INQ, upsertEntry(loadQueue(store, INQ), { ...a, answer: "今年压缩到一个工作日。" }));
      edited = true;
      return s.send(x);
    };
    const first = await flushQueue(store, INQ, slow, () => {});
    // The older answer did not mark the newer version synced: it is sent on the same flush's next round.
    expect(first[0]?.state).toBe("synced");
    expect(s.calls).toEqual([a.clientKey, a.clientKey]);
    expect(s.stored.get(a.clientKey)?.answer).toBe("今年压缩到一个工作日。");
  });

  test("a refusal is kept, marked failed, with the server's words", async () => {
    const store = new MemoryStore();
    const s = server();
    saveQueue(store, INQ, upsertEntry([], q()));
    s.set("422");
    const out = await flushQueue(store, INQ, s.send);
    expect(out[0]).toMatchObject({ state: "failed", error: "请检查填写的内容。 请填写问题。" });
    expect(loadQueue(store, INQ)).toHaveLength(1);
  });

  test("the draft survives; unreadable storage reads as empty", () => {
    const store = new MemoryStore();
    saveDraft(store, INQ, { question: "半句话" });
    expect(loadDraft(store, INQ)).toEqual({ question: "半句话" });
    saveDraft(store, INQ, null);
    expect(loadDraft(store, INQ)).toBeNull();
    store.setItem(`lianxin.inquiry-session.${INQ}`, "{not json");
    expect(loadQueue(store, INQ)).toEqual([]);
  });

  test("client keys are v4 uuids", () => {
    expect(newUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("the inquiry's workflow", () => {
  test("moves, recording and the public record", () => {
    expect(canMoveInquiry("RESEARCH", "SESSION")).toBe(true);
    expect(canMoveInquiry("RESEARCH", "VOTING")).toBe(false);
    expect(canMoveInquiry("REVIEW", "RECTIFYING")).toBe(true);
    expect(canMoveInquiry("CLOSED", "REVIEW")).toBe(false);
    expect(recordsQuestions("RESEARCH")).toBe(false);
    expect(recordsQuestions("VOTING")).toBe(true);
    expect(recordsQuestions("CLOSED")).toBe(false);
    expect(inquiryIsPublic("VOTING", true)).toBe(false);
    expect(inquiryIsPublic("RECTIFYING", true)).toBe(true);
    expect(inquiryIsPublic("CLOSED", false)).toBe(false);
  });
});

test("follow-ups come right after their question, a follow-up's follow-up too; an orphan stands alone", () => {
  const rows = [
    { k: "a", p: null },
    { k: "b", p: null },
    { k: "a1", p: "a" },
    { k: "x", p: "gone" },
    { k: "a11", p: "a1" },
  ];
  expect(
    threadBy(
      rows,
      (r) => r.k,
      (r) => r.p,
    ).map((r) => r.k),
  ).toEqual(["a", "a1", "a11", "b", "x"]);
});
