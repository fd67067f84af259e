// The opinion intake's fast path in scripts/server.mjs: anonymous POST …/consultations/{id}/opinions is answered
// here, on node:http, without Next's routing, proxy and rendering machinery — which alone costs more per request
// than the whole intake (a bare Next route handler tops out near 600 requests a second on 2 cores; the target is
// 1,000 accepted opinions a second). Same checks and answers as the Next route (opinion-api.ts), which still
// serves signed-in requests and `next dev`.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestContext } from "@/lib/action";
import { clientIp } from "@/lib/client-ip";
import { AppError } from "@/lib/errors";
import { SESSION_COOKIE } from "@/lib/http-constants";
import { readNodeBody } from "@/lib/node-body";
import { getTranslator, localeFromCookieHeader } from "@/lib/i18n/translate";
import { log } from "@/lib/log";
import { failure } from "@/lib/result";
import { opinionResponse } from "./opinion-response";
import { submitOpinion } from "./submit-opinion";
import { submitterKeyOf } from "./submitter-cookie";

const ROUTE = /^\/api\/v1\/([a-z][a-z0-9-]{1,39})\/consultations\/([^/?#]+)\/opinions\/?(?:\?.*)?$/;
/** The headers next.config.ts adds to every answer, so the fast path answers alike. */
const COMMON_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

/** Takes the request if it is an anonymous opinion POST (answering it), else leaves it to Next (false). */
export function handleOpinionIntake(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST" || process.env.LIANXIN_FAST_INTAKE === "0") return false;
  const match = ROUTE.exec(req.url ?? "");
  if (!match || SESSION_COOKIE.test(req.headers.cookie ?? "")) return false;
  void serve(req, res, match[1]!, decodeSegment(match[2]!));
  return true;
}

/** The consultation id as sent; null for a malformed %-escape (`%E0%A4%A`), which can name no consultation. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment).slice(0, 100);
  } catch {
    return null;
  }
}

async function serve(req: IncomingMessage, res: ServerResponse, tenant: string, consultationId: string | null) {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
  };
  const requestId = header("x-request-id")?.slice(0, 100) || randomUUID();
  const ip = clientIp({ get: header }, req.socket.remoteAddress);
  const request: RequestContext = { identity: null, locale: localeFromCookieHeader(header("cookie")), requestId, ip };
  try {
    if (consultationId === null) {
      req.resume(); // read to the end, so the connection stays usable
      throw new AppError("NOT_FOUND");
    }
    const body = await readBody(req, header("content-type"));
    // The portal's people-count cookie, as the Next route reads and sets it (submitter-cookie.ts).
    const submitter = submitterKeyOf(header("cookie"), header("x-forwarded-proto") === "https");
    const r = opinionResponse(
      await submitOpinion(tenant, consultationId, body, {
        idempotencyKey: header("idempotency-key"),
        submitterKey: submitter.key,
        clientIp: ip,
        request,
      }),
    );
    res
      .writeHead(r.status, {
        ...COMMON_HEADERS,
        ...r.headers,
        ...(submitter.setCookie ? { "set-cookie": submitter.setCookie } : {}),
        "x-request-id": requestId,
      })
      .end(r.body);
  } catch (err) {
    try {
      const r = opinionResponse(failure(err, await getTranslator(request.locale), { path: req.url, requestId }));
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
