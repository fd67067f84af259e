// The message intake against a real PostgreSQL, through both doors a citizen's POST can take: the server's
// node:http fast path (intake-http.ts, on a real node:http server as scripts/server.mjs runs it) and the Next
// route (app/api/v1/[tenant]/stations/[id]/messages/route.ts, called with a real NextRequest) — JSON on both,
// multipart with photos on the route. 201 with the row, its first timeline event and its audit row; idempotent
// replays and a reused key; both rate limits (429 with Retry-After); bad inputs, unknown, closed and other
// cities' stations; photos checked by content and never public.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { POST } from "@/app/api/v1/[tenant]/stations/[id]/messages/route";
import { unsafePrisma } from "@/lib/db";
import { handleMessageIntake } from "@/lib/modules/citizen-messages";
import { auditRows, createArea, createTenant } from "../factories";
import { deputyWithAccount, station, stationDeputy, stationUser } from "../factories/stations";

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!handleMessageIntake(req, res)) res.writeHead(599).end("not the fast path");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.MESSAGE_LIMIT_PER_CLIENT;
  delete process.env.MESSAGE_LIMIT_PER_STATION;
  delete process.env.TRUST_PROXY;
});

const path = (tenant: string, stationId: string) => `/api/v1/${tenant}/stations/${stationId}/messages`;
const message = (extra: Record<string, unknown> = {}) => ({
  category: "urban",
  title: "小区门口路灯不亮",
  body: "长平路某小区东门的路灯已经坏了一个月，晚上出行不便。",
  ...extra,
});

/** Through the fast path. */
function post(p: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(base + p, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
}

/** Through the Next route handler. */
function postNext(p: string, body: unknown, headers: Record<string, string> = {}) {
  const [, , , tenant, , id] = p.split("/");
  const init =
    body instanceof FormData
      ? { method: "POST", headers, body }
      : { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
  return POST(new NextRequest(`http://localhost:3000${p}`, init), {
    params: Promise.resolve({ tenant: tenant!, id: id! }),
  });
}

async function city() {
  const tenant = await createTenant();
  const district = await createArea(tenant);
  const street = await createArea(tenant, district);
  const s = await station(tenant, { areaId: street.id });
  const deputy = await stationDeputy(tenant);
  await unsafePrisma.stationDeputy.create({ data: { tenantId: tenant.id, stationId: s.id, deputyId: deputy.id } });
  return { tenant, station: s, deputy, street };
}

const messagesOf = (tenantId: string) => unsafePrisma.citizenMessage.findMany({ where: { tenantId } });

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } })
    .png()
    .toBuffer();

describe("POST …/stations/{id}/messages", () => {
  test("201 with the receipt code and tracking page; the row, its first public event and the audit row", async () => {
    const { tenant, station: s, deputy, street } = await city();
    const res = await post(
      path(tenant.slug, s.id),
      message({
        deputyId: deputy.id,
        areaId: street.id,
        name: "王女士",
        phone: "138 0013 8000",
        email: "wang@example.cn",
        replyByPhone: true,
        publishConsent: true,
      }),
      { "x-request-id": "req-intake-1" },
    );
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { data } = await res.json();
    expect(data.receiptCode).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    expect(data.trackUrl).toBe(`/${tenant.slug}/track/${data.receiptCode}`);
    const [row] = await messagesOf(tenant.id);
    expect(row).toMatchObject({
      stationId: s.id,
      deputyId: deputy.id,
      areaId: street.id,
      category: "urban",
      title: "小区门口路灯不亮",
      name: "王女士",
      phone: "13800138000",
      email: "wang@example.cn",
      replyByPhone: true,
      publishConsent: true,
      status: "SUBMITTED",
      receiptCode: data.receiptCode,
    });
    expect(row!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab]/); // time-ordered, as Prisma's uuid(7)
    const events = await unsafePrisma.citizenMessageEvent.findMany({ where: { tenantId: tenant.id } });
    expect(events.map((e) => [e.messageId, e.kind, e.fromStatus, e.toStatus, e.public, e.actorId])).toEqual([
      [row!.id, "submitted", null, "SUBMITTED", true, null],
    ]);
    const audit = await auditRows(tenant.id, { action: "message.submit" });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorKind: "ANONYMOUS",
      entityType: "CitizenMessage",
      entityId: row!.id,
      requestId: "req-intake-1",
    });
    // The audit row names the message, never the citizen's contact.
    expect(JSON.stringify(audit[0]!.after)).not.toContain("13800138000");
  });

  test("the same Idempotency-Key and body answer the same receipt, once stored; another body is refused", async () => {
    const { tenant, station: s } = await city();
    const key = randomUUID();
    const first = await post(path(tenant.slug, s.id), message(), { "idempotency-key": key });
    const again = await post(path(tenant.slug, s.id), message(), { "idempotency-key": key });
    const viaNext = await postNext(path(tenant.slug, s.id), message(), { "idempotency-key": key });
    expect([first.status, again.status, viaNext.status]).toEqual([201, 201, 201]);
    const code = (await first.json()).data.receiptCode;
    expect((await again.json()).data.receiptCode).toBe(code);
    expect((await viaNext.json()).data.receiptCode).toBe(code);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const other = await post(path(tenant.slug, s.id), message({ body: "另一条内容" }), { "idempotency-key": key });
    expect(other.status).toBe(422);
    expect((await other.json()).error.message).toBe(
      "该 Idempotency-Key 已用于另一条内容不同的留言；新的留言请使用新的 Key。",
    );
    const bad = await post(path(tenant.slug, s.id), message(), { "idempotency-key": "has a space" });
    expect(bad.status).toBe(400);
    expect(await messagesOf(tenant.id)).toHaveLength(1);
    expect(await auditRows(tenant.id, { action: "message.submit" })).toHaveLength(1);
  });

  test("per client: over the limit → 429 with Retry-After and a clear message, across the city's stations", async () => {
    process.env.MESSAGE_LIMIT_PER_CLIENT = "2";
    const { tenant, station: s } = await city();
    const other = await station(tenant);
    const statuses: number[] = [];
    let refusal: { status: number; retry: string | null; body: { error: { code: string; message: string } } } | null =
      null;
    for (const target of [s, other, s, other]) {
      const res = await post(path(tenant.slug, target.id), message());
      statuses.push(res.status);
      if (res.status === 429)
        refusal ??= { status: 429, retry: res.headers.get("retry-after"), body: await res.json() };
    }
    expect(statuses).toEqual([201, 201, 429, 429]);
    expect(Number(refusal!.retry)).toBeGreaterThan(0);
    expect(refusal!.body.error.code).toBe("RATE_LIMITED");
    expect(refusal!.body.error.message).toMatch(/^您提交留言过于频繁，请在 \d+ 秒后再试。/);
    expect(await messagesOf(tenant.id)).toHaveLength(2);
  });

  test("per station: a flood from many clients is cut off with its own message; rows equal the 201s", async () => {
    process.env.MESSAGE_LIMIT_PER_STATION = "4";
    process.env.TRUST_PROXY = "1";
    const { tenant, station: s } = await city();
    const answers = [];
    for (let i = 0; i < 8; i++) {
      const res = await post(path(tenant.slug, s.id), message({ title: `留言 ${i}` }), {
        "x-forwarded-for": `198.51.100.${i + 1}`,
      });
      answers.push({ status: res.status, retry: res.headers.get("retry-after"), body: await res.json() });
    }
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(4);
    expect(limited[0]!.body.error.message).toMatch(/^该联络站此刻收到的留言过多/);
    expect(Number(limited[0]!.retry)).toBeGreaterThan(0);
    const accepted = answers.filter((a) => a.status === 201).length;
    expect(accepted).toBeGreaterThan(0);
    expect(await messagesOf(tenant.id)).toHaveLength(accepted);
  });

  test("bad inputs answer 4xx field by field in the citizen's language; nothing is stored", async () => {
    const { tenant, station: s } = await city();
    const p = path(tenant.slug, s.id);
    const empty = await post(p, message({ title: "", body: "   " }));
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.fieldErrors).toEqual({ title: ["此项为必填项。"], body: ["此项为必填项。"] });
    const long = await post(p, message({ body: "字".repeat(5001) }));
    expect(long.status).toBe(422);
    expect((await long.json()).error.fieldErrors).toEqual({ body: ["最多 5000 个字符。"] });
    const category = await post(p, message({ category: "星际旅行" }));
    expect(category.status).toBe(422);
    expect((await category.json()).error.fieldErrors).toEqual({ category: ["请选择列表中的类别。"] });
    const call = await post(p, message({ replyByPhone: true }));
    expect(call.status).toBe(422);
    expect((await call.json()).error.fieldErrors).toEqual({ phone: ["需要电话回复时请填写手机号码。"] });
    const area = await post(p, message({ areaId: randomUUID() }));
    expect(area.status).toBe(422);
    expect((await area.json()).error.fieldErrors).toEqual({ areaId: ["请从列表中选择所在的区或街道。"] });
    const english = await post(p, message({ title: "" }), { cookie: "NEXT_LOCALE=en" });
    expect((await english.json()).error.fieldErrors.title).toEqual(["This field is required."]);
    const notJson = await fetch(base + p, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(notJson.status).toBe(400);
    const nul = await post(p, message({ body: "a\u0000b" }));
    expect(nul.status).toBe(422);
    expect(await messagesOf(tenant.id)).toHaveLength(0);
  });

  test("a deputy who is not in the station is refused; an unknown, closed or other city's station too", async () => {
    const { tenant, station: s } = await city();
    const outsider = await stationDeputy(tenant);
    const notHere = await post(path(tenant.slug, s.id), message({ deputyId: outsider.id }));
    expect(notHere.status).toBe(422);
    expect((await notHere.json()).error.fieldErrors).toEqual({ deputyId: ["所选代表不在该联络站。"] });

    const unknown = await post(path(tenant.slug, randomUUID()), message());
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toEqual({ code: "NOT_FOUND", message: "要找的内容不存在。" });
    expect((await post(path(tenant.slug, "not-a-station"), message())).status).toBe(404);
    expect((await post(path(tenant.slug, "%E0%A4%A"), message())).status).toBe(404);
    expect((await post(path("no-such-city", s.id), message())).status).toBe(404);

    const closed = await station(tenant, { active: false });
    const refused = await post(path(tenant.slug, closed.id), message());
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toBe("该联络站已停止接收留言。");

    const elsewhere = await city();
    const cross = await post(path(tenant.slug, elsewhere.station.id), message());
    expect(cross.status).toBe(404);
    const crossNext = await postNext(path(tenant.slug, elsewhere.station.id), message());
    expect(crossNext.status).toBe(404);
    expect(await messagesOf(tenant.id)).toHaveLength(0);
    expect(await messagesOf(elsewhere.tenant.id)).toHaveLength(0);
  });

  test("the station's staff are told once a day that messages have come in; other stations' staff are not", async () => {
    const { tenant, station: s } = await city();
    const other = await station(tenant);
    const staff = await stationUser(tenant, s.id);
    const elsewhere = await stationUser(tenant, other.id);
    expect((await post(path(tenant.slug, s.id), message({ title: "第一条" }))).status).toBe(201);
    expect((await post(path(tenant.slug, s.id), message({ title: "第二条" }))).status).toBe(201);
    const notices = await unsafePrisma.notification.findMany({ where: { tenantId: tenant.id } });
    expect(notices.map((n) => [n.userId, n.kind, n.messageKey, n.values, n.href])).toEqual([
      [
        staff.id,
        "citizenMessages.newMessages",
        "citizenMessagesIntake.notify.newMessages",
        { title: "第一条" },
        "/console/messages",
      ],
    ]);
    expect(notices.some((n) => n.userId === elsewhere.id)).toBe(false);
  });

  test("a message to a named deputy tells that deputy, with a link to the message", async () => {
    const { tenant, station: s } = await city();
    const { user, deputy } = await deputyWithAccount(tenant);
    await unsafePrisma.stationDeputy.create({ data: { tenantId: tenant.id, stationId: s.id, deputyId: deputy.id } });
    expect((await post(path(tenant.slug, s.id), message({ title: "给代表的信", deputyId: deputy.id }))).status).toBe(
      201,
    );
    const [m] = await messagesOf(tenant.id);
    const notices = await unsafePrisma.notification.findMany({ where: { tenantId: tenant.id, userId: user.id } });
    expect(notices.map((n) => [n.kind, n.values, n.href])).toEqual([
      ["citizenMessages.toDeputy", { title: "给代表的信" }, `/console/messages/${m!.id}`],
    ]);
  });

  test("a city's own categories replace the defaults", async () => {
    const tenant = await createTenant({ settings: { messages: { categories: ["城市建设", "民生保障"] } } });
    const s = await station(tenant);
    expect((await post(path(tenant.slug, s.id), message({ category: "民生保障" }))).status).toBe(201);
    expect((await post(path(tenant.slug, s.id), message({ category: "urban" }))).status).toBe(422);
  });
});

describe("photos (multipart, through the Next route)", () => {
  function form(fields: Record<string, string>, photos: { name: string; bytes: Uint8Array; type: string }[]) {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    for (const p of photos) f.append("photos", new File([new Uint8Array(p.bytes)], p.name, { type: p.type }));
    return f;
  }
  const fields = { category: "environment", title: "河道漂浮垃圾", body: "河道里有很多垃圾。", replyByPhone: "false" };

  test("a real PNG is stored, linked to the message and never public", async () => {
    const { tenant, station: s } = await city();
    const res = await postNext(
      path(tenant.slug, s.id),
      form({ ...fields, publishConsent: "true" }, [{ name: "河道.png", bytes: await png(), type: "image/png" }]),
    );
    expect(res.status).toBe(201);
    const { data } = await res.json();
    const [row] = await messagesOf(tenant.id);
    expect(row).toMatchObject({ receiptCode: data.receiptCode, publishConsent: true, replyByPhone: false });
    const photos = await unsafePrisma.attachment.findMany({ where: { tenantId: tenant.id } });
    expect(photos.map((p) => [p.ownerModule, p.ownerKind, p.ownerId, p.contentType, p.access])).toEqual([
      ["citizenMessages", "messagePhoto", row!.id, "image/png", "message.view"],
    ]);
    const audit = await auditRows(tenant.id, { action: "message.submit" });
    expect(audit[0]!.after).toMatchObject({ photos: 1 });
  });

  test("an “image” that is really HTML is refused (415) and nothing is stored, message included", async () => {
    const { tenant, station: s } = await city();
    const html = new TextEncoder().encode("<!doctype html><html><script>alert(1)</script></html>");
    const res = await postNext(
      path(tenant.slug, s.id),
      form(fields, [
        { name: "ok.png", bytes: await png(), type: "image/png" },
        { name: "photo.png", bytes: html, type: "image/png" },
      ]),
    );
    expect(res.status).toBe(415);
    const { error } = await res.json();
    expect(error.message).toMatch(/文件类型不受支持/);
    expect(error.fieldErrors).toEqual({
      photos: ["这不是可接收的图片：只接受 JPG、PNG、WebP 或 GIF 照片（按文件内容判断）。"],
    });
    expect(await messagesOf(tenant.id)).toHaveLength(0);
    expect(await unsafePrisma.attachment.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await auditRows(tenant.id, { action: "message.submit" })).toHaveLength(0);
  });

  test("five photos are one too many; an empty file input is no photo; a replay stores no second copy", async () => {
    const { tenant, station: s } = await city();
    const bytes = await png();
    const five = Array.from({ length: 5 }, (_, i) => ({ name: `${i}.png`, bytes, type: "image/png" }));
    const tooMany = await postNext(path(tenant.slug, s.id), form(fields, five));
    expect(tooMany.status).toBe(422);
    expect((await tooMany.json()).error.fieldErrors).toEqual({ photos: ["最多上传 4 张照片。"] });

    const emptyInput = await postNext(
      path(tenant.slug, s.id),
      form(fields, [{ name: "", bytes: new Uint8Array(), type: "application/octet-stream" }]),
    );
    expect(emptyInput.status).toBe(201);

    const key = randomUUID();
    const one = [{ name: "a.png", bytes, type: "image/png" }];
    const a = await postNext(path(tenant.slug, s.id), form(fields, one), { "idempotency-key": key });
    const b = await postNext(path(tenant.slug, s.id), form(fields, one), { "idempotency-key": key });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect((await b.json()).data.receiptCode).toBe((await a.json()).data.receiptCode);
    expect(await messagesOf(tenant.id)).toHaveLength(2);
    expect(await unsafePrisma.attachment.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  test("the fast path leaves multipart to Next", async () => {
    const { tenant, station: s } = await city();
    const res = await fetch(base + path(tenant.slug, s.id), { method: "POST", body: form(fields, []) });
    expect(res.status).toBe(599);
  });
});

describe("the fast path and the Next route answer alike", () => {
  test("the same statuses, headers and bodies for a refusal, and the same shape for a success", async () => {
    const { tenant, station: s } = await city();
    const closed = await station(tenant, { active: false });
    for (const [p, body] of [
      [path(tenant.slug, s.id), message({ category: "星际旅行", title: "" })],
      [path(tenant.slug, closed.id), message()],
      [path(tenant.slug, randomUUID()), message()],
      [path(tenant.slug, s.id), message({ unknownField: 1 })],
    ] as const) {
      const [fast, next] = [await post(p, body), await postNext(p, body)];
      expect(next.status).toBe(fast.status);
      expect(next.headers.get("content-type")).toBe(fast.headers.get("content-type"));
      expect(await next.json()).toEqual(await fast.json());
    }
    const [fast, next] = [
      await post(path(tenant.slug, s.id), message()),
      await postNext(path(tenant.slug, s.id), message()),
    ];
    expect([fast.status, next.status]).toEqual([201, 201]);
    const [f, n] = [(await fast.json()).data, (await next.json()).data];
    expect(Object.keys(n).sort()).toEqual(Object.keys(f).sort());
    expect(n.receiptCode).not.toBe(f.receiptCode);
    const notJson = await postNext(path(tenant.slug, s.id), "x", { "content-type": "text/plain" });
    expect(notJson.status).toBe(415);
  });
});
