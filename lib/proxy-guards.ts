// Refusals the proxy (proxy.ts) answers before Next routes a request, where Next itself would answer a 500 or a
// bare 400 page. Pure functions of the request line and headers, so unit tests call them directly.
type HeaderSource = { get(name: string): string | null };

/** A path with a malformed %-escape (`/api/v1/x/consultations/%E0%A4%A/opinions`) names nothing: 404. */
export function hasMalformedEscape(path: string): boolean {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * A server action (a POST with `Next-Action`, or a multipart form post to a page) from another site. Next
 * compares the Origin's host with X-Forwarded-Host, else Host, and answers a mismatch with a 500; this is the
 * same comparison, so the proxy can answer 403 instead. No Origin is let through as Next does (no browser
 * omits it on a cross-site POST).
 */
export function isForeignServerAction(method: string, path: string, headers: HeaderSource): boolean {
  if (method !== "POST" || path.startsWith("/api/")) return false;
  const action =
    headers.get("next-action") !== null || /^multipart\/form-data\b/i.test(headers.get("content-type") ?? "");
  const origin = headers.get("origin");
  if (!action || origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true; // an Origin no browser sends
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost !== host;
}
