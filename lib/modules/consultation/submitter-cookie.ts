// The portal's anonymous people-count cookie (`lx_sid`): a random first-party id that lets the public figures count
// people, not opinions. Not personal data. Read and, on a first opinion, created by every intake path a browser
// reaches — the JSON route inside Next (opinion-api.ts), the server's fast path (intake-http.ts) and the page's
// no-script form post (portal-page.ts) — so a person is counted once whichever path their opinions took.
// Plain string work: the fast path must not load Next.
import { randomBytes } from "node:crypto";
import { siteIsHttps } from "@/lib/http-constants";

export const SUBMITTER_COOKIE = "lx_sid";
const SUBMITTER_KEY = /^[A-Za-z0-9_-]{16,64}$/;
const ONE_YEAR = 365 * 24 * 3600;
const IN_HEADER = new RegExp(`(?:^|;\\s*)${SUBMITTER_COOKIE}=([^;]*)`);

/**
 * The submitter key of a request (its cookie), or a new one with the Set-Cookie header that keeps it. The cookie is
 * set with the answer to the first opinion, so a retry after a failure counts as the same person. `https`: the page
 * came over HTTPS (a proxy's X-Forwarded-Proto says so); a forged header only breaks the forger's own cookie.
 */
export function submitterKeyOf(
  cookieHeader: string | null | undefined,
  https: boolean,
): { key: string; setCookie: string | null } {
  const existing = cookieHeader?.match(IN_HEADER)?.[1];
  if (existing && SUBMITTER_KEY.test(existing)) return { key: existing, setCookie: null };
  const key = randomBytes(16).toString("base64url");
  const secure = https || siteIsHttps();
  return {
    key,
    setCookie: `${SUBMITTER_COOKIE}=${key}; Path=/; Max-Age=${ONE_YEAR}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
  };
}
