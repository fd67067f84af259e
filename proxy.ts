// Next.js 16 proxy: routing only, never authorization.
// 1. Every request gets an x-request-id (kept if the load balancer sent one) for logs and audit rows.
// 2. Optional host mapping: with LIANXIN_ROOT_DOMAIN=renda.example.cn, liaoyuan.renda.example.cn/… is served
//    as /liaoyuan/…; whether that tenant exists is decided by app/[tenant]/layout.tsx like any other path.
import { NextResponse, type NextRequest } from "next/server";
import { getTranslator, localeFromCookieHeader } from "@/lib/i18n/translate";
import { hasMalformedEscape, isForeignServerAction } from "@/lib/proxy-guards";

const ROOT_DOMAIN = process.env.LIANXIN_ROOT_DOMAIN?.toLowerCase();
const PASS_THROUGH = /^\/(api|_next|platform)(\/|$)|^\/favicon\.ico$/;

export function tenantFromHost(host: string | null, rootDomain: string | undefined): string | null {
  if (!host || !rootDomain) return null;
  const name = host.toLowerCase().split(":")[0]!;
  if (!name.endsWith(`.${rootDomain}`)) return null;
  const sub = name.slice(0, -rootDomain.length - 1);
  return /^[a-z][a-z0-9-]{1,39}$/.test(sub) && sub !== "www" ? sub : null;
}

/** A JSON error in the visitor's language, as the API answers (lib/http.ts respond). */
async function refuse(request: NextRequest, status: 403 | 404, code: "FORBIDDEN" | "NOT_FOUND", key: string) {
  const t = await getTranslator(localeFromCookieHeader(request.headers.get("cookie")));
  return NextResponse.json(
    { error: { code, message: t(`errors.${key}` as never) } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  // Next would answer its own 400 page (an API client expects JSON) for a path it cannot decode.
  if (path.startsWith("/api/") && hasMalformedEscape(path)) return refuse(request, 404, "NOT_FOUND", "NOT_FOUND");
  // Next answers another site's server action with a 500; it is a refusal, not a fault.
  if (isForeignServerAction(request.method, path, request.headers))
    return refuse(request, 403, "FORBIDDEN", "crossSiteAction");
  const requestId = request.headers.get("x-request-id")?.slice(0, 100) || crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  // The path as the user asked for it, so a sign-in redirect can bring them back (lib/guards.ts).
  headers.set("x-lianxin-path", request.nextUrl.pathname + request.nextUrl.search);

  const slug = tenantFromHost(request.headers.get("host"), ROOT_DOMAIN);
  let response: NextResponse;
  if (slug && !PASS_THROUGH.test(path) && !path.startsWith(`/${slug}/`) && path !== `/${slug}`) {
    const url = request.nextUrl.clone();
    url.pathname = `/${slug}${path === "/" ? "" : path}`;
    response = NextResponse.rewrite(url, { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
