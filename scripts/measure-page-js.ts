// How much JavaScript (gzip) one page sends to a phone, measured from a production build (issue #4: the public
// draft page with its comment form must stay within 120 KB).
//
//   npx tsx --conditions=react-server scripts/measure-page-js.ts http://localhost:3000/chengdu/consultations/<id> [--budget 120]
//   npx tsx --conditions=react-server scripts/measure-page-js.ts /chengdu/consultations/<id> [--base http://localhost:3000] [--budget 120]
//   npx tsx --conditions=react-server scripts/measure-page-js.ts "/[tenant]/(public)/consultations/[id]" [--dir .next] [--budget 120]
//
// With a URL or a path (the robust way; run `next build && next start` first), the page's HTML is fetched as a
// phone would and every script it makes the browser load is counted: each <script src> and each
// <link rel="preload|modulepreload" as="script">, fetched and gzipped, plus the inline scripts (React's flight data,
// bootstrap, a page's own inline script) and the inline JSON data that scripts read (the Pages Router's
// __NEXT_DATA__), gzipped together as they travel inside the HTML. <script nomodule> (legacy polyfills) is skipped: a
// current phone browser never runs it. With a route pattern (App Router routes only), only the build output is
// read: the root main files (.next/build-manifest.json) and the route's own client chunks (its
// page_client-reference-manifest.js, page and layouts); inline data cannot be known that way, so the URL form is the
// one to hold against the budget. Chunks a page might load later (next/dynamic, other routes on navigation) are not
// counted in either form.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

type Item = { name: string; raw: number; gzip: number; root?: boolean };

// A phone browser as WeChat's in-app one presents itself; Next serves the same scripts to every modern browser.
const PHONE_UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322d) NetType/WIFI Language/zh_CN";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** gzip at zlib's default level (6), what `next start` and most proxies send. */
const gz = (data: Buffer | string) => gzipSync(data).length;

function attrs(tag: string): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const m of tag.matchAll(/([a-zA-Z:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? true;
  return out;
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");

/** Every script the HTML makes the browser fetch or run: the URLs to fetch, and the inline bodies. */
function scriptsOf(html: string, base: string): { external: string[]; inline: string[] } {
  const external = new Set<string>();
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const a = attrs(m[1]!);
    if ("nomodule" in a) continue;
    const type = typeof a.type === "string" ? a.type.toLowerCase() : "";
    // Code, or JSON data a script reads (__NEXT_DATA__); not other kinds (templates, JSON-LD for search engines).
    if (type && !/^(text\/javascript|application\/javascript|module|application\/json)$/.test(type)) continue;
    if (typeof a.src === "string") external.add(new URL(unescapeHtml(a.src), base).href);
    else if (m[2]!.trim()) inline.push(m[2]!);
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const a = attrs(m[1]!);
    const rel = typeof a.rel === "string" ? a.rel.toLowerCase().split(/\s+/) : [];
    if (typeof a.href === "string" && (rel.includes("modulepreload") || (rel.includes("preload") && a.as === "script")))
      external.add(new URL(unescapeHtml(a.href), base).href);
  }
  return { external: [...external], inline };
}

async function fromUrl(url: string): Promise<{ items: Item[]; inline: Item | null; html: Item }> {
  const res = await fetch(url, { headers: { "user-agent": PHONE_UA, "accept-language": "zh-CN,zh;q=0.9" } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const html = await res.text();
  const { external, inline } = scriptsOf(html, res.url);
  const items = await Promise.all(
    external.map(async (src) => {
      const r = await fetch(src, { headers: { "user-agent": PHONE_UA } });
      if (!r.ok) throw new Error(`${src}: HTTP ${r.status}`);
      const body = Buffer.from(await r.arrayBuffer());
      return { name: new URL(src).pathname, raw: body.length, gzip: gz(body) };
    }),
  );
  const joined = inline.join("\n");
  return {
    items,
    inline: inline.length
      ? {
          name: `${inline.length} inline scripts and data (gzipped together)`,
          raw: Buffer.byteLength(joined),
          gzip: gz(joined),
        }
      : null,
    html: {
      name: "the HTML document itself, inline scripts and data included (not JavaScript: for comparison)",
      raw: Buffer.byteLength(html),
      gzip: gz(html),
    },
  };
}

function fromBuild(route: string, dir: string): { items: Item[]; inline: null; html?: undefined } {
  const page = route.replace(/\/$/, "").replace(/\/page$/, "");
  const manifestFile = path.join(dir, "server", "app", page.slice(1), "page_client-reference-manifest.js");
  if (!existsSync(manifestFile))
    throw new Error(
      `${manifestFile} not found: run \`next build\` first, and give an App Router route as its folders read, e.g. "/[tenant]/(public)/consultations/[id]/summary" (a Pages Router page: measure its URL)`,
    );
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  vm.runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[`${page}/page`];
  if (!manifest) throw new Error(`${manifestFile} has no entry for ${page}/page`);
  const build = JSON.parse(readFileSync(path.join(dir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  // The page and the layouts above it (app/layout, app/[tenant]/layout, …); not-found and error boundaries load only when shown.
  const segments = page.split("/").filter(Boolean);
  const ancestors = new Set([
    "app/layout",
    ...segments.map((_, i) => `app/${segments.slice(0, i + 1).join("/")}/layout`),
    `app${page}/page`,
  ]);
  const files = new Set(build.rootMainFiles ?? []);
  for (const [entry, chunks] of Object.entries(manifest.entryJSFiles ?? {})) {
    if (ancestors.has(entry.replace(/^\[project\]\//, ""))) for (const c of chunks) files.add(c);
  }
  const items = [...files].map((f) => {
    const body = readFileSync(path.join(dir, f.replace(/^\/?_next\//, "")));
    return { name: f, raw: body.length, gzip: gz(body) };
  });
  return { items, inline: null };
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(8);

/**
 * The framework's runtime files, which every page of a router loads alike: the App Router's root main files (React,
 * the Next router …) and the Pages Router's (its `/_app` chunks, polyfills and manifests).
 */
function runtimeFiles(dir: string): Set<string> {
  const file = path.join(dir, "build-manifest.json");
  if (!existsSync(file)) return new Set();
  const build = JSON.parse(readFileSync(file, "utf8")) as {
    rootMainFiles?: string[];
    polyfillFiles?: string[];
    lowPriorityFiles?: string[];
    pages?: Record<string, string[]>;
  };
  const files = [
    ...(build.rootMainFiles ?? []),
    ...(build.polyfillFiles ?? []),
    ...(build.lowPriorityFiles ?? []),
    ...(build.pages?.["/_app"] ?? []),
  ];
  return new Set(files.map((f) => path.basename(f)));
}

async function main() {
  const target = process.argv[2];
  if (!target || target.startsWith("--")) {
    console.error(
      'usage: tsx --conditions=react-server scripts/measure-page-js.ts <URL | /path | "/[tenant]/(public)/route"> [--base http://localhost:3000] [--dir .next] [--budget KB]',
    );
    process.exit(2);
  }
  const budget = option("budget") ? Number(option("budget")) : undefined;
  const isRoute = /[[(]/.test(target) && !/^https?:/.test(target);
  const { items, inline, html } = isRoute
    ? fromBuild(target, path.resolve(option("dir") ?? ".next"))
    : await fromUrl(/^https?:/.test(target) ? target : new URL(target, option("base") ?? "http://localhost:3000").href);
  const roots = runtimeFiles(path.resolve(option("dir") ?? ".next"));
  for (const i of items) i.root = roots.has(path.basename(i.name));
  const rows = [...items].sort((a, b) => Number(b.root) - Number(a.root) || b.gzip - a.gzip);
  if (inline) rows.push(inline);
  console.log(`JavaScript of ${target}${isRoute ? " (from the build output; inline scripts not included)" : ""}\n`);
  console.log(`${"raw KB".padStart(8)} ${"gzip KB".padStart(8)}  file`);
  for (const r of rows) console.log(`${kb(r.raw)} ${kb(r.gzip)}  ${r.name}${r.root ? "  (runtime: every page)" : ""}`);
  const total = rows.reduce((s, r) => s + r.gzip, 0);
  const raw = rows.reduce((s, r) => s + r.raw, 0);
  const framework = items.filter((i) => i.root).reduce((s, r) => s + r.gzip, 0);
  console.log(`${"".padStart(8)} ${kb(framework)}  of which Next/React runtime, the same on every page of its router`);
  if (inline) console.log(`${"".padStart(8)} ${kb(inline.gzip)}  of which inline (scripts and page data)`);
  console.log(`${kb(raw)} ${kb(total)}  TOTAL (${items.length} files${inline ? " + inline" : ""})`);
  if (html) console.log(`${kb(html.raw)} ${kb(html.gzip)}  ${html.name}`);
  if (budget !== undefined) {
    const ok = total <= budget * 1024;
    console.log(`\n${ok ? "within" : "OVER"} the budget of ${budget} KB gzip (${(total / 1024).toFixed(1)} KB)`);
    if (!ok) process.exit(1);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
});
