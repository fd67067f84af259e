import { expect, test } from "@playwright/test";
import { signIn, unique } from "./helpers";

test("health and readiness answer JSON", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok" });
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready", database: "up", pendingMigrations: [] });
  expect(ready.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("the users API refuses bad input with 4xx and a clear Chinese message, storing nothing", async ({ page }) => {
  await signIn(page, "taiyuan", "admin");
  const api = page.request;
  const url = "/api/v1/taiyuan/users";
  const before = (await (await api.get(url)).json()).data.total as number;

  const malformed = await api.post(url, {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{not json"),
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.message).toBe("JSON 格式错误，无法解析。");

  const notJson = await api.post(url, { headers: { "content-type": "text/plain" }, data: Buffer.from("hello") });
  expect(notJson.status()).toBe(415);

  const huge = await api.post(url, {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ username: "x".repeat(1_100_000) }),
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.message).toContain("1 MB");

  const wrongTypes = await api.post(url, {
    data: { username: 42, displayName: ["a"], password: true, roles: "admin" },
  });
  expect(wrongTypes.status()).toBe(422);
  const wt = (await wrongTypes.json()).error;
  expect(wt.code).toBe("VALIDATION");
  expect(Object.keys(wt.fieldErrors).sort()).toEqual(["displayName", "password", "roles", "username"]);

  const unknownField = await api.post(url, {
    data: {
      username: unique("u"),
      displayName: "甲",
      password: "Good-pass-2026",
      roles: [{ role: "leader" }],
      isSuperuser: true,
    },
  });
  expect(unknownField.status()).toBe(422);
  expect((await unknownField.json()).error.fieldErrors.isSuperuser).toBeTruthy();

  const badRole = await api.post(url, {
    data: { username: unique("u"), displayName: "乙", password: "Good-pass-2026", roles: [{ role: "emperor" }] },
  });
  expect(badRole.status()).toBe(422);

  const after = (await (await api.get(url)).json()).data.total as number;
  expect(after).toBe(before);

  // English when the user chose English.
  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "en", domain: new URL(page.url()).hostname, path: "/" }]);
  const en = await api.post(url, { headers: { "content-type": "application/json" }, data: Buffer.from("{") });
  expect((await en.json()).error.message).toBe("The JSON could not be parsed.");
});

test("creating the same username twice stores it once (409)", async ({ page }) => {
  await signIn(page, "taiyuan", "admin");
  const body = { username: unique("dup"), displayName: "丙", password: "Good-pass-2026", roles: [{ role: "station" }] };
  const first = await page.request.post("/api/v1/taiyuan/users", { data: body });
  expect(first.status()).toBe(201);
  const second = await page.request.post("/api/v1/taiyuan/users", { data: body });
  expect(second.status()).toBe(409);
  expect((await second.json()).error.fieldErrors.username).toEqual(["该用户名已被使用。"]);
  const list = await (await page.request.get(`/api/v1/taiyuan/users?q=${body.username}`)).json();
  expect(list.data.total).toBe(1);
});

test("a user without user.manage is refused (403) and another tenant's user id is 404", async ({ page, browser }) => {
  await signIn(page, "harbin", "admin");
  const other = await (await page.request.get("/api/v1/harbin/users?q=leader")).json();
  const harbinLeaderId = other.data.users[0].id as string;

  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  await signIn(p, "liaoyuan", "leader");
  const forbidden = await p.request.post("/api/v1/liaoyuan/users", {
    data: { username: unique("x"), displayName: "丁", password: "Good-pass-2026", roles: [{ role: "leader" }] },
  });
  expect(forbidden.status()).toBe(403);
  await ctx.close();

  const ctx2 = await browser.newContext();
  const q = await ctx2.newPage();
  await signIn(q, "liaoyuan", "admin");
  const cross = await q.request.get(`/api/v1/liaoyuan/users/${harbinLeaderId}`);
  expect(cross.status()).toBe(404);
  const crossPatch = await q.request.patch(`/api/v1/liaoyuan/users/${harbinLeaderId}`, { data: { active: false } });
  expect(crossPatch.status()).toBe(404);
  await ctx2.close();
});
