import { describe, expect, test } from "vitest";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { NextRequest } from "next/server";
import { hasMalformedEscape, isForeignServerAction } from "@/lib/proxy-guards";
import { proxy, tenantFromHost } from "@/proxy";

describe("tenantFromHost (optional {slug}.{root domain} mapping)", () => {
  const root = "renda.example.cn";
  test.each([
    ["liaoyuan.renda.example.cn", "liaoyuan"],
    ["LIAOYUAN.renda.example.cn:3000", "liaoyuan"],
    ["renda.example.cn", null],
    ["www.renda.example.cn", null],
    ["a.b.renda.example.cn", null],
    ["liaoyuan.evil.cn", null],
    ["liaoyuanrenda.example.cn", null],
  ])("%s → %s", (host, slug) => {
    expect(tenantFromHost(host, root)).toBe(slug);
  });
  test("no root domain configured: never maps", () => {
    expect(tenantFromHost("liaoyuan.renda.example.cn", undefined)).toBeNull();
  });
});

describe("safeRedirectPath", () => {
  test.each([
    ["/liaoyuan/console/users", "/liaoyuan/console/users"],
    ["/jining/console", null],
    ["//evil.example/liaoyuan/x", null],
    ["https://evil.example/liaoyuan/", null],
    ["/liaoyuan\\@evil", null],
    [undefined, null],
    // Dot segments are resolved before the check (issue #9): what the browser would go to is what counts.
    ["/liaoyuan/../..//evil.example", null],
    ["/liaoyuan/..//evil.example/x", null],
    ["/liaoyuan/%2e%2e/%2e%2e//evil.example", null],
    ["/liaoyuan/./../jining/console", null],
    ["/liaoyuan/console/../console/users?q=1#top", "/liaoyuan/console/users?q=1#top"],
    ["/liaoyuan/x/..", "/liaoyuan/"],
  ])("%s → %s", (from, expected) => {
    expect(safeRedirectPath(from, "/liaoyuan")).toBe(expected);
  });
});

describe("proxy refusals (issue #9)", () => {
  test("a malformed %-escape under /api answers the API's 404 in JSON", async () => {
    expect(hasMalformedEscape("/api/v1/liaoyuan/consultations/%E0%A4%A/opinions")).toBe(true);
    expect(hasMalformedEscape("/api/v1/liaoyuan/consultations/%E4%B8%AD/opinions")).toBe(false);
    const res = await proxy(
      new NextRequest("http://localhost:3000/api/v1/liaoyuan/consultations/%E0%A4%A/opinions", { method: "POST" }),
    );
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "NOT_FOUND", message: "要找的内容不存在。" } });
  });

  const headers = (h: Record<string, string>) => new Headers(h);
  test.each([
    // [what, method, path, headers, foreign?]
    [
      "same host",
      "POST",
      "/liaoyuan/console/users",
      { "next-action": "a", origin: "http://localhost:3000", host: "localhost:3000" },
      false,
    ],
    [
      "another site",
      "POST",
      "/liaoyuan/console/users",
      { "next-action": "a", origin: "https://evil.example", host: "localhost:3000" },
      true,
    ],
    [
      "an opaque origin",
      "POST",
      "/liaoyuan/console",
      { "next-action": "a", origin: "null", host: "localhost:3000" },
      true,
    ],
    [
      "a malformed origin",
      "POST",
      "/liaoyuan/console",
      { "next-action": "a", origin: "::", host: "localhost:3000" },
      true,
    ],
    [
      "a multipart post from another site",
      "POST",
      "/liaoyuan/console",
      { "content-type": "multipart/form-data; boundary=x", origin: "https://evil.example", host: "localhost:3000" },
      true,
    ],
    [
      "behind a proxy: X-Forwarded-Host decides",
      "POST",
      "/liaoyuan/console",
      {
        "next-action": "a",
        origin: "https://renda.example.cn",
        host: "10.0.0.5:3000",
        "x-forwarded-host": "renda.example.cn",
      },
      false,
    ],
    ["no origin (not a browser)", "POST", "/liaoyuan/console", { "next-action": "a", host: "localhost:3000" }, false],
    [
      "not an action",
      "POST",
      "/liaoyuan/consultations/x",
      { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example", host: "localhost:3000" },
      false,
    ],
    [
      "an API route (its own checks)",
      "POST",
      "/api/v1/liaoyuan/proposals",
      { "next-action": "a", origin: "https://evil.example", host: "localhost:3000" },
      false,
    ],
    [
      "a GET",
      "GET",
      "/liaoyuan/console",
      { "next-action": "a", origin: "https://evil.example", host: "localhost:3000" },
      false,
    ],
  ] as const)("server action: %s", (_what, method, path, h, foreign) => {
    expect(isForeignServerAction(method, path, headers(h))).toBe(foreign);
  });

  test("another site's server action answers 403 in the visitor's language, not Next's 500", async () => {
    const req = (locale?: string) =>
      new NextRequest("http://localhost:3000/liaoyuan/console/users/new", {
        method: "POST",
        headers: {
          "next-action": "7f00",
          origin: "https://evil.example",
          host: "localhost:3000",
          ...(locale ? { cookie: `NEXT_LOCALE=${locale}` } : {}),
        },
      });
    const zh = await proxy(req());
    expect(zh.status).toBe(403);
    expect((await zh.json()).error.code).toBe("FORBIDDEN");
    const en = await proxy(req("en"));
    expect((await en.json()).error.message).toMatch(/another site/);
  });
});
