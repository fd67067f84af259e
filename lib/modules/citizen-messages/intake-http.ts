// The message intake's fast path in scripts/server.mjs: an anonymous JSON POST …/stations/{id}/messages is
// answered here, on node:http, without Next's routing and rendering machinery (which alone costs more per request
// than the whole intake), as the opinion intake's is (lib/modules/consultation/intake-http.ts). Same checks and
// answers as the Next route (intake-api.ts), which still serves multipart posts with photos, signed-in requests
// and `next dev`.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestContext } from "@/lib/action";
import { clientIp } from "@/lib/client-ip";
import { AppError } from "@/lib/errors";
import { SESSION_COOKIE } from "@/lib/http-constants";
import { getTranslator, localeFromCookieHeader } from "@/lib/i18n/translate";
import { log } from "@/lib/log";
import { readNodeBody } from "@/lib/node-body";
import { failure } from "@/lib/result";
import { messageIntakeResponse } from "./intake-response";
import { submitMessage } from "./submit-message";

const ROUTE = /^\/api\/v1\/([a-z][a-z0-9-]{1,39})\/stations\/([^/?#]+)\/messages\/?(?:\?.*)?$/;
const JSON_TYPE = /^application\/(.+\+)?json\b/i;
/** The headers next.config.ts adds to every answer, so the fast path answers alike. */
const COMMON_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

/** Takes the request if it is an anonymous JSON message POST (answering it), else leaves it to Next (false):
 *  multipart posts with photos, and anything else, go on to the Next route. */
export function handleMessageIntake(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST" || process.env.LIANXIN_FAST_INTAKE === "0") return false;
  const match = ROUTE.exec(req.url ?? "");
  if (!match || SESSION_COOKIE.test(req.headers.cookie ?? "")) return false;
  if (!JSON_TYPE.test(req.headers["content-type"] ?? "")) return false;
  void serve(req, res, match[1]!, decodeSegment(match[2]!));
  return true;
}

/** The station id as sent; null for a malformed %-escape, which can name no station. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment).slice(0, 100);
  } catch {
    return null;
  }
}

async function serve(req: IncomingMessage, res: ServerResponse, tenant: string, stationId: string | null) {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
  };
  const requestId = header("x-request-id")?.slice(0, 100) || randomUUID();
  const ip = clientIp({ get: header }, req.socket.remoteAddress);
  const request: RequestContext = { identity: null, locale: localeFromCookieHeader(header("cookie")), requestId, ip };
  try {
    if (stationId === null) {
      req.resume(); // read to the end, so the connection stays usable
      throw new AppError("NOT_FOUND");
    }
    const body = await readBody(req);
    const r = messageIntakeResponse(
      await submitMessage(tenant, stationId, body, {
        idempotencyKey: header("idempotency-key"),
        clientIp: ip,
        request,
      }),
    );
    res.writeHead(r.status, { ...COMMON_HEADERS, ...r.headers, "x-request-id": requestId }).end(r.body);
  } catch (err) {
    try {
      const r = messageIntakeResponse(failure(err, await getTranslator(request.locale), { path: req.url, requestId }));
      res.writeHead(r.status, { ...COMMON_HEADERS, ...r.headers, "x-request-id": requestId }).end(r.body);
    } catch (bug) {
      log.error("intake.error", { requestId, err: bug });
      if (!res.headersSent)
        res.writeHead(500, { ...COMMON_HEADERS, "content-type": "application/json", "x-request-id": requestId });
      res.end(JSON.stringify({ error: { code: "INTERNAL", message: "Internal error" } }));
    }
  }
}

/** The JSON body, or an AppError: 413 over 1 MB, 400 malformed (as lib/http.ts readJson). */
async function readBody(req: IncomingMessage): Promise<unknown> {
  const body = await readNodeBody(req);
  if (!body) throw new AppError("PAYLOAD_TOO_LARGE", "tooLarge");
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", "malformedJson");
  }
}
