// The client's address for rate limits and audit rows.
// - Behind proxies the operator trusts (TRUST_PROXY=N, N of them, 1 for one), the address the outermost of them
//   saw: the Nth X-Forwarded-For entry from the right (each proxy appends the address it received from, so what
//   stands further left is whatever the client chose to send), else X-Real-IP.
// - Otherwise the TCP peer: the socket's address where the code holds the socket (the intake's fast path, the
//   Pages Router page), else the address scripts/server.mjs vouched for in PEER_HEADER (Next's route handlers
//   and server actions see no socket). Forwarded headers are never believed without TRUST_PROXY: anyone could
//   send a fresh address with every request and never meet a per-client limit.
// Under `next start` or `next dev` nothing vouches for the header, so route handlers and server actions have no
// address there (per-client limits do not apply); `npm start` runs scripts/server.mjs.
import { timingSafeEqual } from "node:crypto";

type HeaderSource = { get(name: string): string | null };

/** Set by scripts/server.mjs (lib/peer-address.ts) on every request, after dropping any the client sent. */
export const PEER_HEADER = "x-lianxin-peer";
/** The per-process secret that header carries, so a header sent from outside is worth nothing. */
export const PEER_TOKEN_ENV = "LIANXIN_PEER_TOKEN";

/** `::ffff:10.1.2.3` → `10.1.2.3`, `10.1.2.3:5555` and `[2001:db8::1]:443` without the port; at most 64
 *  characters; empty → null. */
export function normaliseAddress(address: string | null | undefined): string | null {
  let a = address?.trim();
  if (!a) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  return (a.toLowerCase().startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a).slice(0, 64);
}

/** The part of an address a per-client limit counts: an IPv6 client holds a whole /64, so it is counted as one. */
export function rateLimitClient(address: string): string {
  if (!address.includes(":")) return address;
  const [head] = address.split("::");
  const groups = (head ?? "").split(":").filter(Boolean);
  const full = address.includes("::") ? [...groups, "0", "0", "0", "0"].slice(0, 4) : address.split(":").slice(0, 4);
  return `${full.join(":")}::/64`;
}

/** How many proxies in front are trusted (TRUST_PROXY: a count; anything else, none). */
function trustedHops(): number {
  const n = Number(process.env.TRUST_PROXY);
  return Number.isInteger(n) && n > 0 && n <= 10 ? n : 0;
}

/** The peer address scripts/server.mjs vouched for, or null when the header is absent or not its own. */
export function vouchedPeer(headers: HeaderSource): string | null {
  const token = process.env[PEER_TOKEN_ENV];
  const value = headers.get(PEER_HEADER);
  if (!token || !value) return null;
  const space = value.indexOf(" ");
  if (space < 0) return null;
  const given = Buffer.from(value.slice(0, space));
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return normaliseAddress(value.slice(space + 1));
}

export function clientIp(headers: HeaderSource, socketAddress?: string | null): string | null {
  const hops = trustedHops();
  if (hops > 0) {
    const chain = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const forwarded = chain.length >= hops ? chain[chain.length - hops] : chain[0];
    if (forwarded) return normaliseAddress(forwarded);
    const real = headers.get("x-real-ip")?.trim();
    if (real) return normaliseAddress(real);
  }
  return normaliseAddress(socketAddress) ?? vouchedPeer(headers);
}
