// The fast path of an anonymous intake in scripts/server.mjs: a POST a module takes in bulk from citizens (an
// opinion on a draft, a message to a liaison station) is answered here, on node:http, without Next's routing,
// proxy and rendering machinery — which alone costs more per request than the whole intake (a bare Next route
// handler tops out near 600 requests a second on 2 cores). Each intake declares its route and its submit; the
// reading, the request context, the error answers and the headers are this file's, so every fast path answers
// alike — and as its Next route does, which still serves signed-in requests and `next dev`.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestContext } from "@/lib/action";
import { clientIp } from "@/lib/client-ip";
import { AppError, type Failure } from "@/lib/errors";
import { SESSION_COOKIE } from "@/lib/http-constants";
import { getTranslator, localeFromCookieHeader } from "@/lib/i18n/translate";
import { log } from "@/lib/log";
import { readNodeBody } from "@/lib/node-body";
import { failure } from "@/lib/result";

/** The headers next.config.ts adds to every answer, so the fast path answers alike. */
const COMMON_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

export type FastAnswer = { status: number; headers: Record<string, string>; body: string };

export type FastSubmit = {
  tenant: string;
  /** The path's id as sent (decoded, at most 100 characters). */
  id: string;
  body: unknown;
  header: (name: string) => string | null;
  ip: string | null;
  request: RequestContext;
};

export type FastIntake = {
  /** The path, its groups the tenant's slug and the id. */
  route: RegExp;
  /** Whether to answer it here (else Next does), checked after the route: e.g. JSON only. */
  takes?: (req: IncomingMessage) => boolean;
  submit: (s: FastSubmit) => Promise<FastAnswer>;
  /** The answer to a refusal, as the Next route gives it. */
  refusal: (f: Failure) => FastAnswer;
};

/** A handler that takes an anonymous POST on the route (answering it), else leaves it to Next (false). */
export function fastIntake(spec: FastIntake): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== "POST" || process.env.LIANXIN_FAST_INTAKE === "0") return false;
    const match = spec.route.exec(req.url ?? "");
    if (!match || SESSION_COOKIE.test(req.headers.cookie ?? "")) return false;
    if (spec.takes && !spec.takes(req)) return false;
    void serve(spec, req, res, match[1]!, decodeSegment(match[2]!));
    return true;
  };
}

/** The id as sent; null for a malformed %-escape (`%E0%A4%A`), which can name nothing. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment).slice(0, 100);
  } catch {
    return null;
  }
}

async function serve(spec: FastIntake, req: IncomingMessage, res: ServerResponse, tenant: string, id: string | null) {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
  };
  const requestId = header("x-request-id")?.slice(0, 100) || randomUUID();
  const ip = clientIp({ get: header }, req.socket.remoteAddress);
  const request: RequestContext = { identity: null, locale: localeFromCookieHeader(header("cookie")), requestId, ip };
  try {
    if (id === null) {
      req.resume(); // read to the end, so the connection stays usable
      throw new AppError("NOT_FOUND");
    }
    const body = await readBody(req, header("content-type"));
    const r = await spec.submit({ tenant, id, body, header, ip, request });
    res.writeHead(r.status, { ...COMMON_HEADERS, ...r.headers, "x-request-id": requestId }).end(r.body);
  } catch (err) {
    try {
      const r = spec.refusal(failure(err, await getTranslator(request.locale), { path: req.url, requestId }));
      res.writeHead(r.status, { ...COMMON_HEADERS, ...r.headers, "x-request-id": requestId }).end(r.body);
    } catch (bug) {
      log.error("intake.error", { requestId, err: bug });
      if (!res.headersSent)
        res.writeHead(500, { ...COMMON_HEADERS, "content-type": "application/json", "x-request-id": requestId });
      res.end(JSON.stringify({ error: { code: "INTERNAL", message: "Internal error" } }));
    }
  }
}

/** The JSON body, or an AppError: 415 not JSON, 413 over 1 MB, 400 malformed (as lib/http.ts readJson). */
async function readBody(req: IncomingMessage, type: string | null): Promise<unknown> {
  if (!/^application\/(.+\+)?json\b/i.test(type ?? "")) {
    req.resume();
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "notJson");
  }
  const body = await readNodeBody(req);
  if (!body) throw new AppError("PAYLOAD_TOO_LARGE", "tooLarge");
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", "malformedJson");
  }
}
