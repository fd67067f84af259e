// Message catalogues: both locales have the same keys, and every key the code refers to exists.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ERROR_STATUS } from "@/lib/errors";
import { CORE_NAMESPACES, loadMessages } from "@/lib/i18n/messages";
import { MANIFESTS } from "@/lib/modules/registry";

const zh = await loadMessages("zh-CN");
const en = await loadMessages("en");

function flatten(obj: unknown, prefix = ""): Record<string, unknown> {
  if (!obj || typeof obj !== "object") return { [prefix]: obj };
  return Object.assign({}, ...Object.entries(obj).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

const zhKeys = flatten(zh);
const enKeys = flatten(en);
const libSource = sourceFiles(path.join(process.cwd(), "lib"))
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");

describe("message catalogues", () => {
  test("every file in messages/<locale>/ is claimed by the core or by exactly one module's manifest", () => {
    const claimed = [...CORE_NAMESPACES, ...MANIFESTS.flatMap((m) => m.messages?.server ?? [])];
    expect(new Set(claimed).size, "a namespace claimed twice").toBe(claimed.length);
    for (const m of MANIFESTS) {
      for (const ns of m.messages?.client ?? []) expect(claimed, `${m.name} client namespace ${ns}`).toContain(ns);
    }
    for (const locale of ["zh-CN", "en"]) {
      const files = readdirSync(path.join(process.cwd(), "messages", locale)).map((f) => f.replace(/\.json$/, ""));
      expect(files.sort(), locale).toEqual([...claimed].sort());
    }
  });

  test("zh-CN and en have the same keys", () => {
    expect(Object.keys(enKeys).sort()).toEqual(Object.keys(zhKeys).sort());
  });

  test("every error code has a non-empty message in both locales", () => {
    for (const code of Object.keys(ERROR_STATUS)) {
      expect(zhKeys[`errors.${code}`], `zh-CN errors.${code}`).toEqual(expect.stringMatching(/\S/));
      expect(enKeys[`errors.${code}`], `en errors.${code}`).toEqual(expect.stringMatching(/\S/));
    }
  });

  test("every validation.* key used in lib/ exists", () => {
    const used = [...new Set([...libSource.matchAll(/["'`]validation\.([A-Za-z0-9_]+)["'`]/g)].map((m) => m[1]!))];
    expect(used.length).toBeGreaterThan(5);
    for (const key of used) {
      expect(zhKeys[`validation.${key}`], `zh-CN validation.${key}`).toEqual(expect.stringMatching(/\S/));
      expect(enKeys[`validation.${key}`], `en validation.${key}`).toEqual(expect.stringMatching(/\S/));
    }
  });

  test("every AppError message key and field error key used in lib/ exists under errors", () => {
    const keys = new Set<string>();
    for (const m of libSource.matchAll(/new AppError\(\s*"[A-Z_]+"\s*,\s*"([A-Za-z0-9_]+)"/g)) keys.add(m[1]!);
    for (const m of libSource.matchAll(/\{\s*([A-Za-z]+):\s*\["([A-Za-z0-9_]+)"\]\s*\}/g)) keys.add(m[2]!);
    for (const m of libSource.matchAll(/map\(\(\) => "([A-Za-z0-9_]+)"\)/g)) keys.add(m[1]!);
    expect([...keys]).toEqual(
      expect.arrayContaining(["usernameTaken", "slugTaken", "cannotDemoteSelf", "wrongPassword", "scope"]),
    );
    for (const key of keys) {
      expect(zhKeys[`errors.${key}`], `zh-CN errors.${key}`).toEqual(expect.stringMatching(/\S/));
      expect(enKeys[`errors.${key}`], `en errors.${key}`).toEqual(expect.stringMatching(/\S/));
    }
  });

  test("the Chinese catalogue is Chinese", () => {
    expect(zhKeys["errors.FORBIDDEN"]).toMatch(/[\u4e00-\u9fff]/);
    expect(zhKeys["validation.required"]).toMatch(/[\u4e00-\u9fff]/);
  });
});
