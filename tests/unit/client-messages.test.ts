// Each part of the site hands its client components only the message namespaces it names (ClientMessages in a
// layout; the innermost one wins, as a nested provider replaces the outer one's messages). A client component
// asking for a namespace its page was not given would show message keys instead of text, and only on the page
// where it is used. This walks every App Router page's imports to its client components (files marked
// "use client" and whatever they import) and checks the namespaces they ask for against what the page gets.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { BASE_NAMESPACES, CONSOLE_NAMESPACES, moduleClientNamespaces } from "@/components/common/ClientMessages";
import type { ModuleName } from "@/lib/modules/registry";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NAMED_LISTS: Record<string, readonly string[]> = { CONSOLE_NAMESPACES };

function files(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p, name) : name.test(f) ? [p] : [];
  });
}

/** The project files a file imports (components and app only: translations live there, not in lib). */
function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/from "(@\/[^"]+|\.{1,2}\/[^"]+)"/g)].flatMap(([, spec]) => {
    const base = spec!.startsWith("@/") ? path.join(ROOT, spec!.slice(2)) : path.resolve(path.dirname(file), spec!);
    const found = ["", ".tsx", ".ts", "/index.ts", "/index.tsx"]
      .map((ext) => base + ext)
      .find((p) => existsSync(p) && statSync(p).isFile());
    return found && /\/(components|app)\//.test(found) ? [found] : [];
  });
}

const isClient = (file: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(readFileSync(file, "utf8"));

/** Namespaces (first segment) a file asks useTranslations for. */
function asked(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/useTranslations\(\s*(?:"([^".]+)[^"]*")?\s*\)/g)].map(
    ([, ns]) => ns ?? "(all)",
  );
}

/** The namespaces ClientMessages gets in a layout (its `namespaces`, and its `modules`' as their manifests in the
 *  registry name them), or null when the layout has none. */
function provided(layout: string): string[] | null {
  const text = readFileSync(layout, "utf8");
  const tag = /<ClientMessages\b([^>]*)>/.exec(text)?.[1];
  if (tag === undefined) return null;
  const prop = (name: string) => new RegExp(`\\b${name}=\\{(\\[[^\\]]*\\]|[A-Z_]+)\\}`).exec(tag)?.[1];
  const list = (value: string | undefined): string[] => {
    if (!value) return [];
    if (!value.startsWith("[")) return [...NAMED_LISTS[value]!];
    const spread = [...value.matchAll(/\.\.\.([A-Z_]+)/g)].flatMap(([, n]) => NAMED_LISTS[n!] ?? []);
    return [...spread, ...[...value.matchAll(/"([^"]+)"/g)].map(([, n]) => n!)];
  };
  const modules = list(prop("modules")) as ModuleName[];
  return [...BASE_NAMESPACES, ...list(prop("namespaces")), ...moduleClientNamespaces(modules)];
}

/** What a page's client components are given: the innermost layout with ClientMessages, from the page up. */
function givenTo(page: string): string[] {
  for (let dir = path.dirname(page); dir.startsWith(path.join(ROOT, "app")); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    const list = existsSync(layout) ? provided(layout) : null;
    if (list) return list;
  }
  return [];
}

/** Every namespace the client components under a page ask for, with the file asking. */
function clientAsks(page: string): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  const walk = (file: string, client: boolean) => {
    const key = `${file}:${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const inClient = client || isClient(file);
    if (inClient) for (const ns of asked(file)) out.push([ns, path.relative(ROOT, file)]);
    for (const f of imports(file)) walk(f, inClient);
  };
  walk(page, false);
  return out;
}

describe("client message namespaces", () => {
  const pages = files(path.join(ROOT, "app"), /^page\.tsx$/);

  test("the walk finds client components and their namespaces (so the check below can fail)", () => {
    const board = path.join(ROOT, "app/[tenant]/console/legislation/regulations/[id]/page.tsx");
    expect(clientAsks(board).map(([ns]) => ns)).toContain("legislation");
    expect(givenTo(board)).toEqual(expect.arrayContaining(["legislation", "legislationTerms", "console", "shell"]));
    expect(givenTo(path.join(ROOT, "app/[tenant]/console/users/page.tsx"))).not.toContain("legislation");
  });

  test.each(pages.map((p) => [path.relative(ROOT, p), p]))(
    "%s gives its client components every namespace they ask for",
    (_, page) => {
      const given = new Set(givenTo(page));
      const missing = clientAsks(page)
        .filter(([ns]) => !given.has(ns))
        .map(([ns, file]) => `${file} asks for ${ns}`);
      expect([...new Set(missing)]).toEqual([]);
    },
  );
});
