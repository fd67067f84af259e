import { describe, expect, test } from "vitest";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { tenantFromHost } from "@/proxy";

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
  ])("%s → %s", (from, expected) => {
    expect(safeRedirectPath(from, "/liaoyuan")).toBe(expected);
  });
});
