// The tenant identity in a request's next-auth session cookie, read the way getServerSession reads it (same
// secret, same decryption, same absolute limit as lib/auth.ts's jwt callback) but without loading Next.
// Only says who the cookie claims to be: whether that user is still a live member is checked in PostgreSQL
// by the caller, as lib/member.ts does for every console page.
import { decode } from "next-auth/jwt";
import { siteIsHttps } from "@/lib/http-constants";
import { sessionTooOld } from "@/lib/session-limits";

export type CookieIdentity = { userId: string; tenantId: string; authAt: number };

// next-auth reads exactly one cookie name: __Secure- when NEXTAUTH_URL is https, plain otherwise. The cache must
// read the very cookie Next will read, or one user's request could be keyed on another user's token (planted as
// a second cookie) while Next renders it for the first. So a header with more than one session cookie of any
// spelling (a repeat, the other prefix, or chunks ".0", ".1" of a token over 4 KB, which ours never are) is not
// ours to answer: Next decides, and nothing is stored.
// Split as Next's cookie parser splits (`; *`), so both see the same names.
const ANY_TOKEN = /(?:^|;) *(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=([^;]*)/g;

// Decrypting costs more than the rest of a cache hit; a token is re-issued only on activity pings, so the
// same few strings come back again and again.
const decoded = new Map<string, { identity: CookieIdentity | null; exp: number }>();
const MAX_DECODED = 5_000;

export async function readSessionIdentity(
  cookieHeader: string | undefined,
  secret: string,
  now = Date.now(),
): Promise<CookieIdentity | null> {
  const token = cookieHeader ? onlySessionToken(cookieHeader) : null;
  if (!token || token.length > 4096) return null;
  let entry = decoded.get(token);
  if (!entry) {
    entry = await decodeToken(token, secret);
    if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, entry);
  }
  if (entry.exp * 1000 <= now || !entry.identity || sessionTooOld(entry.identity.authAt, now)) return null;
  return entry.identity;
}

/** The session token when the header holds exactly one session cookie, under the name next-auth reads. */
export function onlySessionToken(cookieHeader: string): string | null {
  const found = [...cookieHeader.matchAll(ANY_TOKEN)];
  if (found.length !== 1) return null;
  const [match, value] = found[0]!;
  const secure = match.includes("__Secure-");
  if (secure !== siteIsHttps() || /\.\d+=/.test(match)) return null;
  return value || null;
}

async function decodeToken(token: string, secret: string): Promise<{ identity: CookieIdentity | null; exp: number }> {
  try {
    const payload = await decode({ token, secret });
    const id = payload?.identity as
      { kind?: unknown; userId?: unknown; tenantId?: unknown; authAt?: unknown } | undefined;
    const exp = typeof payload?.exp === "number" ? payload.exp : 0;
    if (
      id?.kind !== "tenant" ||
      typeof id.userId !== "string" ||
      typeof id.tenantId !== "string" ||
      typeof id.authAt !== "number"
    )
      return { identity: null, exp };
    return { identity: { userId: id.userId, tenantId: id.tenantId, authAt: id.authAt }, exp };
  } catch {
    return { identity: null, exp: 0 }; // forged, expired or from another secret: Next decides what to show
  }
}
