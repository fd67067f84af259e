// HTTP facts shared by the Next route glue (lib/http.ts) and the server's fast path, which must not load Next.
export const MAX_BODY_BYTES = 1024 * 1024;
/** next-auth's session cookie (plain or __Secure- on https): a request carrying it may be signed in. */
export const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;
/** Whether the site is served over https (NEXTAUTH_URL says so): next-auth then names its cookie __Secure-…,
 *  and cookies of ours are marked Secure even when a TLS proxy sends no X-Forwarded-Proto. */
export const siteIsHttps = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
