// Public reads for the JSON API of any module: tenant from the URL (unknown → 404), the read, null → 404, user
// errors answered in the reader's language; and the JSON answer with the right caching for public data.
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { RequestContext } from "./action";
import { AppError, ERROR_STATUS, type Result } from "./errors";
import { getTranslator } from "./i18n/translate";
import { failure } from "./result";
import { findActiveTenant, type TenantRecord } from "./tenant";
import { parseInput } from "./validation";

type Parse = <S extends z.ZodType>(schema: S, raw: unknown) => z.infer<S>;

/** Public reads: tenant from the URL (unknown → 404), then `read`; null → 404; user errors answered in the user's language. */
export async function executePublicRead<R>(
  tenantSlug: string,
  request: RequestContext,
  read: (tenant: TenantRecord, parse: Parse) => Promise<R | null>,
): Promise<Result<R>> {
  const t = await getTranslator(request.locale);
  try {
    const tenant = await findActiveTenant(tenantSlug);
    if (!tenant) throw new AppError("NOT_FOUND");
    const data = await read(tenant, (schema, raw) => parseInput(schema, raw, request.locale, t));
    if (data === null) throw new AppError("NOT_FOUND");
    return { ok: true, data };
  } catch (err) {
    return failure(err, t, { read: "public", requestId: request.requestId });
  }
}

/**
 * Public GETs may be cached for a minute by anyone (the data is the same for every reader and language-free).
 * Error answers carry a message in the reader's language (cookie), so no shared cache may keep them; nor may
 * it keep a receipt: the code in its URL is the only key to a citizen's submission.
 */
export function respondPublic<T>(result: Result<T>, cache: "public" | "private" = "public"): NextResponse {
  // As lib/http.ts respond(), which this module does not import: it would load next-auth into lib/openapi.ts.
  if (!result.ok)
    return NextResponse.json(
      { error: result.error },
      { status: ERROR_STATUS[result.error.code], headers: { "Cache-Control": "no-store" } },
    );
  return NextResponse.json({ data: result.data }, { headers: { "Cache-Control": `${cache}, max-age=60` } });
}
