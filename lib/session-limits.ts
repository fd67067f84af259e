// Session lifetimes, shared by next-auth's options (lib/auth.ts) and the server's page cache, which checks a
// session cookie without loading next-auth's options or the identity module.

/** No activity for this long ends the session (the console pings /api/auth/session on activity). */
export const SESSION_IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES ?? 30);
/** However active, a session ends this long after sign-in. */
export const SESSION_MAX_HOURS = Number(process.env.SESSION_MAX_HOURS ?? 12);

/** Whether a session signed in at `authAt` (ms) is past its absolute limit. */
export function sessionTooOld(authAt: number, now = Date.now()): boolean {
  return now - authAt > SESSION_MAX_HOURS * 3_600_000;
}
