// The console page cache in front of Next (lib/cache, scripts/server.mjs): per-user entries, checked
// against PostgreSQL on every request like requireMember, and invalidated by every committed action. Next's
// renderer is stood in for by a small handler that counts its renders; the database and the action path are real.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { createLegalField } from "@/lib/modules/legislation";
import { clearPageCache, handleCachedRoute } from "@/lib/cache";
import { submitOpinion } from "@/lib/modules/consultation/submit-opinion";
import {
  anonymousContext,
  createTenant,
  createUser,
  sessionFor,
  uniqueSuffix,
  type TestTenant,
  type TestUser,
} from "../factories";
import { createConsultation } from "../factories/consultation";

const SECRET = "page-cache-test-secret-0123456789abcdef";
let renders = 0;
let server: http.Server;
let base: string;
let tenant: TestTenant;
let staff: TestUser;

/** Stands in for Next: an HTML page naming the user's request, or what Next would answer for other cases. */
function render(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const n = renders;
  setTimeout(() => {
    if (req.url?.includes("NO_SUCH_STAGE"))
      return void res.writeHead(404, { "content-type": "text/html" }).end("<p>404</p>");
    if (req.url?.includes("cookie")) res.setHeader("set-cookie", "x=1");
    if (req.url?.startsWith("/api/"))
      return void res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ data: { render: n } }));
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("x-frame-options", "DENY");
    res.write(`<html><body>render ${n} `);
    res.end(`${req.url}</body></html>`);
  }, 30);
}

async function cookieFor(user: { id: string; tenantId: string }, authAt = Date.now()) {
  const token = await encode({
    token: { identity: { kind: "tenant", userId: user.id, tenantId: user.tenantId, authAt } },
    secret: SECRET,
  });
  return `next-auth.session-token=${token}`;
}

async function get(path: string, cookie?: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
  return {
    status: res.status,
    cache: res.headers.get("x-page-cache"),
    frame: res.headers.get("x-frame-options"),
    body: await res.text(),
  };
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  server = http.createServer((req, res) => {
    if (!handleCachedRoute(req, res, render)) render(req, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tenant = await createTenant();
  staff = await createUser(tenant, { roles: ["legislative"], displayName: "立法处甲" });
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

const board = () => `/${tenant.slug}/console/legislation`;

describe("console page cache", () => {
  test("a second request of the same user is answered from the cache, headers and all", async () => {
    clearPageCache();
    const cookie = await cookieFor(staff);
    const first = await get(`${board()}?year=2024`, cookie);
    const second = await get(`${board()}?year=2024`, cookie);
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    expect(second).toMatchObject({ status: 200, cache: "hit", frame: "DENY", body: first.body });
    // Another filter is another page.
    expect(await get(`${board()}?year=2025`, cookie)).toMatchObject({ cache: "miss" });
    // Another language is another page.
    expect(await get(`${board()}?year=2024`, `${cookie}; NEXT_LOCALE=en`)).toMatchObject({ cache: "miss" });
    // A client-side navigation is keyed on the headers Next varies on: the tree the browser has, prefetch or not.
    const nav = { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" };
    const navFirst = await get(`${board()}?year=2024`, cookie, nav);
    expect(navFirst.cache).toBe("miss");
    expect(navFirst.body).not.toBe(first.body);
    expect(await get(`${board()}?year=2024`, cookie, nav)).toMatchObject({ cache: "hit", body: navFirst.body });
    expect(
      await get(`${board()}?year=2024`, cookie, { ...nav, "next-router-state-tree": "%5B%22x%22%5D" }),
    ).toMatchObject({ cache: "miss" });
    expect(await get(`${board()}?year=2024`, cookie, { ...nav, "next-router-prefetch": "1" })).toMatchObject({
      cache: "miss",
    });
  });

  test("every committed action makes the tenant's cached pages miss; a refused one does not", async () => {
    clearPageCache();
    const cookie = await cookieFor(staff);
    const before = await get(board(), cookie);
    expect((await get(board(), cookie)).cache).toBe("hit");
    const version = async () =>
      (await unsafePrisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).actionVersion;
    const v0 = await version();

    const refused = await executeAction(createLegalField, tenant.slug, { name: "" }, sessionFor(staff));
    expect(refused.ok).toBe(false);
    expect(await version()).toBe(v0);
    expect((await get(board(), cookie)).cache).toBe("hit");

    const done = await executeAction(
      createLegalField,
      tenant.slug,
      { name: `城乡建设${uniqueSuffix(4)}` },
      sessionFor(staff),
    );
    expect(done.ok).toBe(true);
    expect(await version()).toBe(v0 + 1);
    const after = await get(board(), cookie);
    expect(after.cache).toBe("miss");
    expect(after.body).not.toBe(before.body);
  });

  test("users never share entries, and a burst of identical requests renders once", async () => {
    clearPageCache();
    const other = await createUser(tenant, { roles: ["legislative"], displayName: "立法处乙" });
    const [a, b] = [await cookieFor(staff), await cookieFor(other)];
    const first = await get(board(), a);
    const theirs = await get(board(), b);
    expect(theirs.cache).toBe("miss");
    expect(theirs.body).not.toBe(first.body);

    clearPageCache();
    const rendersBefore = renders;
    const burst = await Promise.all(Array.from({ length: 8 }, () => get(`${board()}/in-force`, a)));
    expect(renders - rendersBefore).toBe(1);
    expect(new Set(burst.map((r) => r.body)).size).toBe(1);
    expect(burst.filter((r) => r.cache === "miss")).toHaveLength(1);
  });

  test("a cookie that is not one live member of this city goes to Next every time", async () => {
    clearPageCache();
    const elsewhere = await createTenant();
    const foreign = await createUser(elsewhere, { roles: ["legislative"] });
    const disabled = await createUser(tenant, { roles: ["legislative"], active: false });
    const cases = [
      await cookieFor(foreign), // another city's session on this city's board
      await cookieFor(disabled),
      await cookieFor(staff, Date.now() - 13 * 3_600_000), // past the 12-hour limit
      await cookieFor({ ...staff, tenantId: elsewhere.id }),
      "next-auth.session-token=forged",
    ];
    const passwordChanged = await createUser(tenant, {
      roles: ["legislative"],
      passwordChangedAt: new Date(Date.now() + 60_000),
    });
    cases.push(await cookieFor(passwordChanged));
    // Two session cookies (one planted by someone else, or a second spelling): which one Next reads is not
    // ours to guess, so the request is Next's alone; nothing is stored under either user's key.
    const mine = await cookieFor(staff);
    const planted = await cookieFor(await createUser(tenant, { roles: ["legislative"] }));
    cases.push(
      `${planted}; ${mine}`,
      `${mine}; ${planted}`,
      `__Secure-${mine}`,
      `${mine}; __Secure-${planted}`,
      `${mine.replace("token=", "token.0=")}`,
    );
    cases.push(`${mine}; NEXT_LOCALE=en; NEXT_LOCALE=zh-CN`); // two languages
    for (const cookie of cases) {
      const rendersBefore = renders;
      for (let i = 0; i < 2; i++) expect((await get(board(), cookie)).cache).toBeNull();
      expect(renders - rendersBefore).toBe(2);
    }
  });

  test("only GETs of listed pages answered 200 without Set-Cookie are stored", async () => {
    clearPageCache();
    const cookie = await cookieFor(staff);
    const twice = async (path: string, headers: Record<string, string> = {}) => {
      const rendersBefore = renders;
      const results = [await get(path, cookie, headers), await get(path, cookie, headers)];
      return { renders: renders - rendersBefore, results };
    };
    expect((await twice(`/${tenant.slug}/console/users`)).renders).toBe(2); // not a listed page
    expect((await twice(board(), { "next-action": "abc" })).renders).toBe(2); // a server action's request
    expect((await twice(`${board()}?cookie=1`)).renders).toBe(2); // Set-Cookie
    expect((await twice(`${board()}/stages/NO_SUCH_STAGE`)).renders).toBe(2); // not 200 (a stage that does not exist)
    const anonymous = await get(board());
    expect(anonymous.cache).toBeNull();
    expect((await twice(`${board()}/stages/DRAFTING`)).renders).toBe(1);
  });

  test("public API answers are shared by every reader, need no session, and miss after any action", async () => {
    clearPageCache();
    const path = `/api/v1/${tenant.slug}/regulations?stage=DRAFTING`;
    const first = await get(path);
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    expect(await get(path, await cookieFor(staff))).toMatchObject({ cache: "hit", body: first.body });
    expect(await get(`/api/v1/${tenant.slug}/consultations`)).toMatchObject({ cache: null }); // not listed
    expect(await get(`/api/v1/no-such-city/regulations`)).toMatchObject({ cache: null }); // Next answers the 404
    const done = await executeAction(
      createLegalField,
      tenant.slug,
      { name: `环境保护${uniqueSuffix(4)}` },
      sessionFor(staff),
    );
    expect(done.ok).toBe(true);
    expect(await get(path)).toMatchObject({ cache: "miss" });
  });

  test("portal pages are shared by every reader of one language, need no session, and miss after any action", async () => {
    clearPageCache();
    const path = `/${tenant.slug}/deputies?level=CITY`;
    const first = await get(path);
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    expect(await get(path, await cookieFor(staff))).toMatchObject({ cache: "hit", body: first.body });
    // Another language is another entry; two locale cookies are not cached at all.
    expect(await get(path, "NEXT_LOCALE=en")).toMatchObject({ cache: "miss" });
    expect(await get(path, "NEXT_LOCALE=en")).toMatchObject({ cache: "hit" });
    expect(await get(path, "NEXT_LOCALE=en; NEXT_LOCALE=zh-CN")).toMatchObject({ cache: null });
    expect(await get(`/${tenant.slug}/consultations`)).toMatchObject({ cache: null }); // not listed
    const done = await executeAction(
      createLegalField,
      tenant.slug,
      { name: `城乡建设${uniqueSuffix(4)}` },
      sessionFor(staff),
    );
    expect(done.ok).toBe(true);
    expect(await get(path)).toMatchObject({ cache: "miss" });
  });

  test("a consultation's staff pages also miss when opinions arrive (no action) and when its window closes", async () => {
    clearPageCache();
    const cookie = await cookieFor(staff);
    const { consultation } = await createConsultation(tenant);
    const path = `/${tenant.slug}/console/consultations/${consultation.id}/opinions?status=RECEIVED`;
    expect(await get(path, cookie)).toMatchObject({ status: 200, cache: "miss" });
    expect(await get(path, cookie)).toMatchObject({ cache: "hit" });
    // The public intake writes opinions outside the action path: the count in the key moves.
    const sent = await submitOpinion(
      tenant.slug,
      consultation.id,
      { content: "建议明确养犬登记的办理时限。" },
      { request: anonymousContext() },
    );
    expect(sent.ok).toBe(true);
    expect(await get(path, cookie)).toMatchObject({ cache: "miss" });
    expect(await get(`/${tenant.slug}/console/consultations/${consultation.id}`, cookie)).toMatchObject({
      cache: "miss",
    });
    expect(await get(path, cookie)).toMatchObject({ cache: "hit" });
    // The clock passing the end (the state follows from it) is another key.
    await unsafePrisma.consultation.update({
      where: { tenantId: tenant.id, id: consultation.id },
      data: { endsAt: new Date(Date.now() - 1000) },
    });
    expect(await get(path, cookie)).toMatchObject({ cache: "miss" });
    // Another city's consultation id, or a malformed one, is Next's to answer.
    const other = await createConsultation(await createTenant());
    expect(await get(`/${tenant.slug}/console/consultations/${other.consultation.id}`, cookie)).toMatchObject({
      cache: null,
    });
    expect(await get(`/${tenant.slug}/console/consultations/${"-".repeat(36)}/summary`, cookie)).toMatchObject({
      cache: null,
    });
  });
});
