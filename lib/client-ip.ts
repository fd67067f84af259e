// The client's address for rate limits and audit rows. X-Forwarded-For is trusted only when the operator says
// a proxy sets it (TRUST_PROXY=1): otherwise anyone could send a fresh address with every request and never
// meet a per-client limit.
type HeaderSource = { get(name: string): string | null };

export function clientIp(headers: HeaderSource): string | null {
  if (process.env.TRUST_PROXY === "1") {
    const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
    const real = headers.get("x-real-ip")?.trim();
    if (real) return real.slice(0, 64);
  }
  return null;
}
