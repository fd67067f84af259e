// POST /api/v1/{tenant}/consultations/{id}/opinions — the JSON face of the intake. Kept lean on purpose: an
// anonymous request skips the session decode (only a request carrying a session cookie pays for it), and the
// answer is 201 { data: { receiptCode } } for a new opinion and for a replayed Idempotency-Key alike, the
// replay marked by the Idempotent-Replayed header.
import { getServerSession } from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import type { RequestContext } from "@/lib/action";
import { authOptions } from "@/lib/auth";
import { clientIp } from "@/lib/client-ip";
import { ERROR_STATUS } from "@/lib/errors";
import { readJson, respond } from "@/lib/http";
import { getTranslator, localeFromCookieHeader } from "@/lib/i18n/translate";
import { failure } from "@/lib/result";
import { submitOpinion } from "./submit-opinion";

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;

export async function postOpinion(req: NextRequest, tenantSlug: string, consultationId: string): Promise<NextResponse> {
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
    return respond(failure(err, await getTranslator(request.locale), { path: req.nextUrl.pathname, requestId: request.requestId }));
  }
  const result = await submitOpinion(tenantSlug, consultationId, body, { idempotencyKey: req.headers.get("idempotency-key"), clientIp: ip, request });
  if (result.ok) {
    return NextResponse.json({ data: { receiptCode: result.data.receiptCode } }, { status: 201, headers: result.data.replayed ? { "Idempotent-Replayed": "true" } : {} });
  }
  const headers: Record<string, string> = result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : {};
  return NextResponse.json({ error: result.error }, { status: ERROR_STATUS[result.error.code], headers });
}
