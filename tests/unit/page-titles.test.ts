// Every page has its own <title> (issue #9, 6f): "用户管理 · 辽源市人大常委会 · 连心", not the same one on every tab.
// A new page that forgets its generateMetadata (or metadata) fails here; so does a title naming a message key
// that one language lacks, or a console page whose title loads its object under a weaker permission than the
// page itself asks for. lib/page-title.ts and the city layout's template are run against the real messages.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { getTranslator } from "@/lib/i18n/translate";
import { loadMessages } from "@/lib/i18n/messages";

const guards = vi.hoisted(() => ({ requireMember: vi.fn(), requireTenant: vi.fn() }));
const intl = vi.hoisted(() => ({ locale: "zh-CN" as "zh-CN" | "en" }));
vi.mock("@/lib/guards", () => guards);
vi.mock("next-intl/server", () => ({
  getLocale: async () => intl.locale,
  getTranslations: async (namespace?: string) => {
    // The catalogue's own translator, untyped here as next-intl's is (the keys come from the pages).
    const t = (await getTranslator(intl.locale)) as unknown as (
      key: string,
      values?: Record<string, unknown>,
    ) => string;
    return (key: string, values?: Record<string, string | number>) =>
      t(namespace ? `${namespace}.${key}` : key, values);
  },
}));

const { objectTitle, pageTitle, titled } = await import("@/lib/page-title");
const { generateMetadata: cityMetadata } = await import("@/app/[tenant]/layout");

const appDir = path.join(process.cwd(), "app");

function pageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? pageFiles(p) : name === "page.tsx" ? [p] : [];
  });
}

const pages = pageFiles(appDir).map((file) => ({
  name: path.relative(process.cwd(), file),
  source: readFileSync(file, "utf8"),
}));

const exportsMetadata = (source: string) =>
  /export\s+(?:async\s+)?(?:function|const|let)\s+(?:generateMetadata|metadata)\b/.test(source) ||
  /export\s*\{[^}]*\b(?:generateMetadata|metadata)\b[^}]*\}/.test(source);

function messageAt(messages: Record<string, unknown>, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((m, k) => (m && typeof m === "object" ? (m as Record<string, unknown>)[k] : undefined), messages);
}

describe("every page has its own title", () => {
  test("the walk finds the pages (app/**/page.tsx)", () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.map((p) => p.name)).toContain(path.join("app", "[tenant]", "console", "page.tsx"));
  });

  test("every app/**/page.tsx exports generateMetadata or metadata", () => {
    expect(exportsMetadata("// generateMetadata: none yet\nexport default function Page() {}")).toBe(false);
    expect(exportsMetadata('export const generateMetadata = titled("console.users.title");')).toBe(true);
    expect(pages.filter((p) => !exportsMetadata(p.source)).map((p) => p.name)).toEqual([]);
  });

  test("every message key a page's title names exists, as text, in every language", async () => {
    const catalogues = { "zh-CN": await loadMessages("zh-CN"), en: await loadMessages("en") };
    const named = pages.flatMap((p) =>
      [...p.source.matchAll(/\b(?:titled|pageTitle)\(\s*"([^"]+)"|\{\s*(?:section|page):\s*"([^"]+)"\s*\}/g)].map(
        (m) => ({ page: p.name, key: (m[1] ?? m[2])! }),
      ),
    );
    expect(named.length).toBeGreaterThan(40);
    for (const [locale, messages] of Object.entries(catalogues)) {
      const missing = named.filter(({ key }) => typeof messageAt(messages, key) !== "string");
      expect(missing, locale).toEqual([]);
    }
  });

  test("a page whose title loads its object asks for the same permission as the page itself", () => {
    const detail = pages.filter((p) => p.source.includes("objectTitle("));
    expect(detail.length).toBeGreaterThanOrEqual(10);
    for (const p of detail) {
      const title = p.source.match(/objectTitle\(\s*\w+,\s*"([^"]+)"/)?.[1];
      const page = [...p.source.matchAll(/requireMember\([^"]*?"([^"]+)"/g)].map((m) => m[1]);
      expect(title, p.name).toBeDefined();
      expect(page.length, p.name).toBeGreaterThan(0);
      expect(
        page.every((permission) => permission === title),
        p.name,
      ).toBe(true);
    }
  });
});

describe("lib/page-title", () => {
  const member = { id: "u1", tenantId: "t1", username: "legislative", displayName: "李法宁", roles: [], scopes: [] };

  test("titled and pageTitle read the page's heading from its messages", async () => {
    expect(await titled("console.users.title")()).toEqual({ title: "用户管理" });
    expect(await titled("console.nav.dashboard")()).toEqual({ title: "工作台" });
    expect(await pageTitle("calendar.year.title", { year: 2026 })).toEqual({ title: "2026 年工作日历" });
  });

  test("objectTitle names the object for a member allowed to see it, before its section or after the page", async () => {
    guards.requireMember.mockResolvedValue({ tenant: { id: "t1" }, member, allowed: true });
    const nameOf = vi.fn(async (tenantId: string) => (tenantId === "t1" ? "辽源市城市绿化条例" : null));
    expect(await objectTitle("liaoyuan", "legislation.view", { section: "legislation.board.title" }, nameOf)).toEqual({
      title: "辽源市城市绿化条例 · 法规项目",
    });
    expect(guards.requireMember).toHaveBeenCalledWith("liaoyuan", "legislation.view");
    expect(nameOf).toHaveBeenCalledWith("t1", member);
    expect(await objectTitle("liaoyuan", "consultation.view", { page: "consultation.opinions.title" }, nameOf)).toEqual(
      { title: "处理意见 · 辽源市城市绿化条例" },
    );
  });

  test("objectTitle loads nothing for a member without the permission, and falls back when there is no object", async () => {
    guards.requireMember.mockResolvedValue({ tenant: { id: "t1" }, member, allowed: false });
    const nameOf = vi.fn(async () => "不该出现的名称");
    expect(await objectTitle("liaoyuan", "user.manage", { section: "console.users.title" }, nameOf)).toEqual({
      title: "用户管理",
    });
    expect(nameOf).not.toHaveBeenCalled();

    guards.requireMember.mockResolvedValue({ tenant: { id: "t1" }, member, allowed: true });
    expect(await objectTitle("liaoyuan", "user.manage", { section: "console.users.title" }, async () => null)).toEqual({
      title: "用户管理",
    });
  });

  test("objectTitle does what requireMember does to a visitor (a sign-in redirect, or a 404), loading nothing", async () => {
    guards.requireMember.mockImplementation(async () => {
      throw new Error("NEXT_REDIRECT");
    });
    const nameOf = vi.fn(async () => "不该出现的名称");
    await expect(
      objectTitle("liaoyuan", "legislation.view", { section: "legislation.board.title" }, nameOf),
    ).rejects.toThrow("NEXT_REDIRECT");
    expect(nameOf).not.toHaveBeenCalled();
  });

  test("the city's template ends in the app's name: page · city · 连心 (its default gets the root's ' · 连心')", async () => {
    guards.requireTenant.mockResolvedValue({ id: "t1", slug: "liaoyuan", fullName: "辽源市人大常委会" });
    const { title } = await cityMetadata({ children: null, params: Promise.resolve({ tenant: "liaoyuan" }) });
    expect(title).toEqual({ default: "辽源市人大常委会", template: "%s · 辽源市人大常委会 · 连心" });
  });

  test("in English the city's template names it in English when it has an English name, else in Chinese", async () => {
    intl.locale = "en";
    try {
      const liaoyuan = { id: "t1", slug: "liaoyuan", fullName: "辽源市人大常委会" };
      const params = Promise.resolve({ tenant: "liaoyuan" });
      const en = "Liaoyuan Municipal People's Congress Standing Committee";
      guards.requireTenant.mockResolvedValue({ ...liaoyuan, fullNameEn: en });
      expect((await cityMetadata({ children: null, params })).title).toEqual({
        default: en,
        template: `%s · ${en} · Lianxin`,
      });
      guards.requireTenant.mockResolvedValue({ ...liaoyuan, fullNameEn: "" });
      expect((await cityMetadata({ children: null, params })).title).toEqual({
        default: "辽源市人大常委会",
        template: "%s · 辽源市人大常委会 · Lianxin",
      });
    } finally {
      intl.locale = "zh-CN";
    }
  });
});
