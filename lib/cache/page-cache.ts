// A cache of rendered answers in front of Next (scripts/server.mjs), for signed-in console pages (per user), for
// public portal pages (per language) and for the public API (shared). Next's server rendering of a signed-in console page costs 15–40 ms of
// CPU, and a route handler's JSON several ms more than the query; on a 2-core machine that caps a page near 25–70
// answers a second, far below 20 staff refreshing the pipeline board at once. A hit costs one PostgreSQL round trip.
//
// Why it is safe:
// - Only the routes modules declare in their manifests (`cacheable`), which show nothing but data changed through
//   the mutation paths, the tenant's name and (console pages) the user's own name and roles.
// - Every console request is checked by lib/member.ts findLiveMember, the very check Next's page guards and the
//   action path make: the session cookie decoded with the same secret, the user active in exactly this tenant,
//   the session newer than the last password change. Anything else (no cookie, another city, a disabled user)
//   goes to Next, which redirects or answers 404.
// - The key holds the URL, the locale, the accepted encodings, the tenant's name and Tenant.actionVersion, which
//   every mutation path bumps just before commit (lib/action-version.ts); console keys also hold the user, their name and
//   roles. Portal pages read no session (they are the same for every visitor), so their key holds the locale only. An answer rendered before a change is never served after it, on any replica. The version is read
//   before the render, so a change committed during the render makes the next request miss.
// - Entries also expire (PAGE_CACHE_TTL_SECONDS, default 300) for what no action changes: the clock, seeds.
// - Only GETs answered 200 without Set-Cookie are stored: HTML or flight data (client-side navigations, keyed on
//   the headers Next varies on) for console pages, JSON for the API. Errors are never stored.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { positiveInt } from "@/lib/env";
import { localeCookie } from "@/lib/i18n/config";
import { localeFromCookieHeader } from "@/lib/i18n/translate";
import { log } from "@/lib/log";
import { findLiveMember } from "@/lib/member";
import { MANIFESTS } from "@/lib/modules/registry";
import { pgPool } from "@/lib/pg";
import { ByteLru } from "./byte-lru";
import { readSessionIdentity } from "./read-session";

const SLUG = "([a-z][a-z0-9-]{1,39})";
const QUERY = "\\/?(?:\\?.*)?$";
/** Which answers may be cached, and for whom, as every module's manifest declares them (`cacheable`): a console
 *  page per user (`/{tenant}` + path), a public API answer for everyone (`/api/v1/{tenant}` + path). */
const CACHED: { pattern: RegExp; scope: Scope; version?: { name: string; text: string } }[] = MANIFESTS.flatMap((m) =>
  (m.cacheable ?? []).map((rule, i) => ({
    scope: rule.scope,
    pattern: new RegExp(`^${rule.scope === "public" ? "/api/v1" : ""}/${SLUG}${rule.path}${QUERY}`),
    version: rule.version ? { name: `page-cache-${m.name}-${i}`, text: rule.version } : undefined,
  })),
);
/** The request headers Next varies its answer on (its `Vary`): a client-side navigation sends them and gets the
 *  page's flight data (text/x-component) instead of HTML, shaped by the tree the browser already has. They are
 *  part of the key, so a navigation is cached as faithfully as a full load. */
const NEXT_VARY_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];
/** Not replayed from the cache: per-connection, per-response, or set afresh. */
const NOT_STORED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "x-request-id",
  "set-cookie",
  "x-page-cache",
]);
const MAX_URL = 512;
const LOCALE_COOKIES = new RegExp(`(?:^|;) *${localeCookie}=`, "g");
/** A router tree header beyond this is not worth keeping an entry for. */
const MAX_KEY = 16 * 1024;
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** How long a request waits for the same key's render under way before rendering on its own. Short: the
 *  render's entry is complete only once its own client has read the whole answer, which a slow phone may not. */
const WAIT_FOR_RENDER_MS = 1_500;

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; bytes: number; storedAt: number };
type Next = (req: IncomingMessage, res: ServerResponse) => unknown;

const cache = new ByteLru<Entry>(
  positiveInt(process.env.PAGE_CACHE_MAX_MB, 64) * 1024 * 1024,
  positiveInt(process.env.PAGE_CACHE_TTL_SECONDS, 300) * 1000,
);
/** Renders under way, so a burst of identical requests after a change renders once. */
const rendering = new Map<string, Promise<Entry | null>>();

type Scope = "member" | "portal" | "public";
/** `version`: the rule's query and the path's first capture group (the page's object). */
type Cacheable = { slug: string; scope: Scope; version?: { name: string; text: string; of: string } };

/** Whether a request may be answered from the cache: the cheap checks, before any I/O. */
export function cacheablePath(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingMessage["headers"],
): Cacheable | null {
  if (method !== "GET" || !url || url.length > MAX_URL) return null;
  if ("next-action" in headers) return null; // a server action (always POST; never cached)
  for (const { pattern, scope, version } of CACHED) {
    const match = pattern.exec(url);
    if (!match) continue;
    // A rule with its own version names its object by the path's first group; without one it is not cached.
    if (version && !match[2]) return null;
    return { slug: match[1]!, scope, version: version && { ...version, of: match[2]! } };
  }
  return null;
}

/** Answers the request from the cache, or lets Next render it (storing the answer); false when it is not ours. */
export function handleCachedRoute(req: IncomingMessage, res: ServerResponse, next: Next): boolean {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || process.env.PAGE_CACHE === "0") return false;
  const route = cacheablePath(req.method, req.url, req.headers);
  if (!route || (route.scope === "member" && !req.headers.cookie)) return false;
  void serve(req, res, next, route, secret).catch((err: unknown) => {
    log.warn("page_cache.error", { message: err instanceof Error ? err.message : String(err) });
    if (!res.headersSent) void next(req, res);
  });
  return true;
}

async function serve(req: IncomingMessage, res: ServerResponse, next: Next, route: Cacheable, secret: string) {
  const key =
    route.scope === "member"
      ? await memberKey(req, route.slug, secret, route.version)
      : await publicKey(req, route.slug, route.scope === "portal");
  // The client left during the lookup: nobody to answer, and a render for it might never end (its close event
  // has already fired, so capture() would wait for it in vain and hold the slot).
  if (res.destroyed || req.destroyed) return;
  if (!key || key.length > MAX_KEY) return void next(req, res);
  const hit = cache.get(key);
  if (hit) return send(req, res, hit, "hit");
  const pending = rendering.get(key);
  if (pending) {
    let timer: NodeJS.Timeout | undefined;
    const shared = await Promise.race([
      pending,
      new Promise<null>((r) => (timer = setTimeout(r, WAIT_FOR_RENDER_MS, null))),
    ]);
    clearTimeout(timer);
    if (shared) return send(req, res, shared, "hit");
    // Not storable, or stuck behind a slow reader: this request renders, and its answer may fill the slot.
    if (rendering.get(key) === pending) rendering.delete(key);
  }
  const render = capture(res, route.scope);
  rendering.set(key, render);
  void render.then((entry) => {
    if (rendering.get(key) === render) rendering.delete(key);
    if (entry) cache.set(key, { ...entry, bytes: entry.bytes + key.length * 2 }); // the key (a router tree) counts too
  });
  res.setHeader("x-page-cache", "miss");
  void next(req, res);
}

/** Public API answers are the same for every reader (and language-free: errors, which are not, are not stored);
 *  portal pages are the same for every reader of one language. */
async function publicKey(req: IncomingMessage, slug: string, perLocale: boolean): Promise<string | null> {
  // Two locale cookies: which one next-intl reads is its business; such a request is not cached.
  if (perLocale && (req.headers.cookie?.match(LOCALE_COOKIES) ?? []).length > 1) return null;
  // unsafe: the tenant's own row, looked up by its slug.
  const { rows } = await pgPool().query<{ actionVersion: number; fullName: string }>({
    name: "page-cache-tenant",
    text: `SELECT "actionVersion", "fullName" FROM "Tenant" WHERE "slug" = $1 AND "active"`,
    values: [slug],
  });
  const t = rows[0];
  if (!t) return null;
  return JSON.stringify([
    req.headers.host ?? "",
    req.url,
    t.actionVersion,
    encodingOf(req),
    t.fullName,
    perLocale ? localeFromCookieHeader(req.headers.cookie) : "",
    ...varyOf(req),
  ]);
}

const encodingOf = (req: IncomingMessage) => String(req.headers["accept-encoding"] ?? "").slice(0, 100);
const varyOf = (req: IncomingMessage) => NEXT_VARY_HEADERS.map((h) => String(req.headers[h] ?? ""));

/** A console page's key, or null when the cookie is not a live member of this city (Next then answers as it would). */
async function memberKey(
  req: IncomingMessage,
  slug: string,
  secret: string,
  version: Cacheable["version"],
): Promise<string | null> {
  const identity = await readSessionIdentity(req.headers.cookie, secret);
  if (!identity) return null;
  // The same check as every console page (lib/guards.ts) and action (lib/action.ts) makes; the page's own version
  // (read before the render, as the action version is) alongside.
  const [live, own] = await Promise.all([
    findLiveMember(identity.tenantId, { kind: "tenant", ...identity }, slug),
    version ? pageVersion(identity.tenantId, version) : "",
  ]);
  if (!live || own === null) return null;
  // Two locale cookies: which one next-intl reads is its business; such a request is not cached.
  if ((req.headers.cookie!.match(LOCALE_COOKIES) ?? []).length > 1) return null;
  const locale = localeFromCookieHeader(req.headers.cookie);
  const roles = live.member.scopes.map((s) => `${s.role}:${s.scopeId ?? ""}`).join(",");
  return JSON.stringify([
    req.headers.host ?? "",
    req.url,
    identity.userId,
    live.tenant.actionVersion,
    locale,
    encodingOf(req),
    live.tenant.fullName,
    live.member.displayName,
    roles,
    own,
    ...varyOf(req),
  ]);
}

/** A rule's own version of the page (its module's query; the tenant id as the session says, checked live above). */
async function pageVersion(tenantId: string, version: NonNullable<Cacheable["version"]>): Promise<string | null> {
  // unsafe: the module's query filters by $1, the tenant id.
  const { rows } = await pgPool()
    .query<{ v: string }>({ name: version.name, text: version.text, values: [tenantId, version.of] })
    .catch((err: unknown) => {
      // A malformed id in the path (the cast fails) is Next's to answer with its 404; anything else is logged.
      if ((err as { code?: string }).code !== "22P02")
        log.warn("page_cache.version_failed", { rule: version.name, message: String(err) });
      return { rows: [] as { v: string }[] };
    });
  return rows[0]?.v ?? null;
}

function send(req: IncomingMessage, res: ServerResponse, entry: Entry, status: "hit") {
  const requestId =
    (typeof req.headers["x-request-id"] === "string" && req.headers["x-request-id"].slice(0, 100)) || randomUUID();
  res.writeHead(entry.status, {
    ...entry.headers,
    "content-length": entry.body.length,
    "x-request-id": requestId,
    "x-page-cache": status,
  });
  res.end(entry.body);
}

/** Tees what Next writes (after its own compression) into an entry; null when the answer is not storable. */
function capture(res: ServerResponse, scope: Cacheable["scope"]): Promise<Entry | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let storable = true;
    let done = false;
    let headHeaders: OutgoingHttpHeaders = {};
    const finish = (entry: Entry | null) => {
      if (done) return;
      done = true;
      resolve(entry);
    };
    const take = (chunk: unknown, encoding?: unknown) => {
      if (!storable || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buf =
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array);
      bytes += buf.length;
      if (bytes > MAX_ENTRY_BYTES) storable = false;
      else chunks.push(buf);
    };
    const { writeHead, write, end } = res;
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      const headers = args.find((a, i) => i > 0 && a && typeof a === "object" && !Array.isArray(a));
      if (headers) headHeaders = headers as OutgoingHttpHeaders;
      else if (args.some((a, i) => i > 0 && Array.isArray(a))) storable = false; // raw header arrays: not worth parsing
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as ServerResponse["writeHead"];
    res.write = function (this: ServerResponse, ...args: unknown[]) {
      take(args[0], args[1]);
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    } as ServerResponse["write"];
    res.end = function (this: ServerResponse, ...args: unknown[]) {
      take(args[0], args[1]);
      const result = (end as (...a: unknown[]) => ServerResponse).apply(this, args);
      finish(storable ? toEntry(res, headHeaders, Buffer.concat(chunks), scope) : null);
      return result;
    } as ServerResponse["end"];
    res.on("close", () => finish(null));
    if (res.destroyed) finish(null);
  });
}

function toEntry(
  res: ServerResponse,
  headHeaders: OutgoingHttpHeaders,
  body: Buffer,
  scope: Cacheable["scope"],
): Entry | null {
  const all: OutgoingHttpHeaders = { ...res.getHeaders(), ...lowerKeys(headHeaders) };
  const type = String(all["content-type"] ?? "");
  const storable =
    scope !== "public"
      ? type.startsWith("text/html") || type.startsWith("text/x-component")
      : type.startsWith("application/json");
  if (res.statusCode !== 200 || all["set-cookie"] !== undefined || !storable) return null;
  const headers: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(all)) if (v !== undefined && !NOT_STORED.has(k)) headers[k] = v;
  return { status: 200, headers, body, bytes: body.length + 1024, storedAt: Date.now() };
}

function lowerKeys(h: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

/** For tests: forget every stored page. */
export function clearPageCache(): void {
  cache.clear();
}
