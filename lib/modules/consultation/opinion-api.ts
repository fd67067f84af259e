// POST /api/v1/{tenant}/consultations/{id}/opinions inside Next (signed-in requests, `next dev`, and any
// deployment without scripts/server.mjs). Anonymous requests under `npm start` take the server's fast path
// (intake-http.ts) to the same submitOpinion and the same answers. An anonymous request skips the session decode.
// Both read (and on a first opinion set) the portal's people-count cookie, which the draft page's form relies on.
import { getServerSession } from "next-auth";
import type { NextRequest } from "next/server";
import type { RequestContext } from "@/lib/action";
import { authOptions } from "@/lib/auth";
import { clientIp } from "@/lib/client-ip";
import { SESSION_COOKIE } from "@/lib/http-constants";
import { readJson, respond } from "@/lib/http";
import { getTranslator, localeFromCookieHeader } from "@/lib/i18n/translate";
import { failure } from "@/lib/result";
import { opinionResponse } from "./opinion-response";
import { submitOpinion } from "./submit-opinion";
import { submitterKeyOf } from "./submitter-cookie";

export async function postOpinion(req: NextRequest, tenantSlug: string, consultationId: string): Promise<Response> {
  const cookie = req.headers.get("cookie");
  const ip = clientIp(req.headers);
  const request: RequestContext = {
    identity: cookie && SESSION_COOKIE.test(cookie) ? ((await getServerSession(authOptions))?.identity ?? null) : null,
    locale: localeFromCookieHeader(cookie),
    requestId: req.headers.get("x-request-id"),
    ip,
  };
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (err) {
    return respond(
      failure(err, await getTranslator(request.locale), { path: req.nextUrl.pathname, requestId: request.requestId }),
    );
  }
  const submitter = submitterKeyOf(cookie, req.headers.get("x-forwarded-proto") === "https");
  const r = opinionResponse(
    await submitOpinion(tenantSlug, consultationId, body, {
      idempotencyKey: req.headers.get("idempotency-key"),
      submitterKey: submitter.key,
      clientIp: ip,
      request,
    }),
  );
  const headers = new Headers(r.headers);
  if (submitter.setCookie) headers.set("set-cookie", submitter.setCookie);
  return new Response(r.body, { status: r.status, headers });
}
