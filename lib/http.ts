// Route-handler glue: read a JSON body safely (size, type, syntax), build the request context, and answer a
// Result as JSON with the right status. Mutating handlers then call lib/action.ts like server actions do.
import { getServerSession } from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import type { RequestContext } from "./action";
import { authOptions } from "./auth";
import { clientIp } from "./client-ip";
import { AppError, ERROR_STATUS, type Result } from "./errors";
import { getTranslator, localeFromCookieHeader } from "./i18n/translate";
import { failure } from "./result";

import { MAX_BODY_BYTES } from "./http-constants";

export { MAX_BODY_BYTES };

export async function requestContext(req: NextRequest): Promise<RequestContext> {
  const session = await getServerSession(authOptions);
  return {
    identity: session?.identity ?? null,
    locale: localeFromCookieHeader(req.headers.get("cookie")),
    requestId: req.headers.get("x-request-id"),
    ip: clientIp(req.headers),
  };
}

/** The parsed JSON body, or an AppError: 415 not JSON, 413 over 1 MB, 400 malformed. */
export async function readJson(req: NextRequest): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "notJson");
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "tooLarge");
  // Count what actually arrives too: a chunked body has no length header.
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw new AppError("PAYLOAD_TOO_LARGE", "tooLarge");
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "malformedJson");
  }
}

export function respond<T>(result: Result<T>, okStatus = 200): NextResponse {
  if (result.ok) return NextResponse.json({ data: result.data }, { status: okStatus });
  const headers = result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : undefined;
  return NextResponse.json({ error: result.error }, { status: ERROR_STATUS[result.error.code], headers });
}

/** Runs a handler, answering thrown user errors (bad body, unknown tenant …) in the user's language. */
export async function handle(
  req: NextRequest,
  fn: (ctx: RequestContext) => Promise<NextResponse>,
): Promise<NextResponse> {
  const ctx = await requestContext(req);
  try {
    return await fn(ctx);
  } catch (err) {
    return respond(
      failure(err, await getTranslator(ctx.locale), { path: req.nextUrl.pathname, requestId: ctx.requestId }),
    );
  }
}
