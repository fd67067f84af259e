// Small helpers shared by the legislation console pages and components. No UI text lives here.

/** A calendar day "YYYY-MM-DD" (an Asia/Shanghai day, as the module returns it) → that day's Shanghai midnight,
 *  so the date formatter (time zone Asia/Shanghai) shows the same day whatever the server's own zone. */
export function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** Ids in URLs are UUIDs; anything else answers 404 before a query (a malformed uuid makes PostgreSQL throw). */
export function isUuid(id: string | undefined | null): id is string {
  return !!id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

/** The one link style of the console's tables and lists (same as the users list). */
export const linkClasses = "font-medium text-brand-700 underline-offset-2 hover:underline";
