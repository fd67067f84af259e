// HTTP facts shared by the Next route glue (lib/http.ts) and the server's fast path, which must not load Next.
export const MAX_BODY_BYTES = 1024 * 1024;
/** next-auth's session cookie (plain or __Secure- on https): a request carrying it may be signed in. */
export const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;
