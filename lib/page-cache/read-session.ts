// The tenant identity in a request's next-auth session cookie, read the way getServerSession reads it (same
// secret, same decryption, same absolute limit as lib/auth.ts's jwt callback) but without loading Next.
// Only says who the cookie claims to be: whether that user is still a live member is checked in PostgreSQL
// by the caller, as lib/member.ts does for every console page.
import { decode } from "next-auth/jwt";
import { sessionTooOld } from "@/lib/session-limits";

export type CookieIdentity = { userId: string; tenantId: string; authAt: number };

// Plain on http, __Secure- on https (next-auth picks by NEXTAUTH_URL). A chunked cookie (".0", ".1": a token
// over 4 KB, which ours never are) is not matched, and such a request simply goes to Next.
const TOKEN = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=([^;]+)/;

// Decrypting costs more than the rest of a cache hit; a token is re-issued only on activity pings, so the
// same few strings come back again and again.
const decoded = new Map<string, { identity: CookieIdentity | null; exp: number }>();
const MAX_DECODED = 5_000;

export async function readSessionIdentity(cookieHeader: string | undefined, secret: string, now = Date.now()): Promise<CookieIdentity | null> {
  const token = cookieHeader ? TOKEN.exec(cookieHeader)?.[1] : undefined;
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

async function decodeToken(token: string, secret: string): Promise<{ identity: CookieIdentity | null; exp: number }> {
  try {
    const payload = await decode({ token, secret });
    const id = payload?.identity as { kind?: unknown; userId?: unknown; tenantId?: unknown; authAt?: unknown } | undefined;
    const exp = typeof payload?.exp === "number" ? payload.exp : 0;
    if (id?.kind !== "tenant" || typeof id.userId !== "string" || typeof id.tenantId !== "string" || typeof id.authAt !== "number") return { identity: null, exp };
    return { identity: { userId: id.userId, tenantId: id.tenantId, authAt: id.authAt }, exp };
  } catch {
    return { identity: null, exp: 0 }; // forged, expired or from another secret: Next decides what to show
  }
}
