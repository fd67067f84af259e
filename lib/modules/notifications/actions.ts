"use server";
// Server actions of the notification list: mark one read (also on opening it) and mark all read. Each hands over
// to the one mutation path (lib/action.ts) with the request's context.
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { markAllNotificationsRead } from "./mark-all-notifications-read";
import { markNotificationRead } from "./mark-notification-read";

export async function markNotificationReadAction(tenantSlug: string, input: unknown) {
  return executeAction(markNotificationRead, tenantSlug, input, await getRequestContext());
}
export async function markAllNotificationsReadAction(tenantSlug: string, input: unknown) {
  return executeAction(markAllNotificationsRead, tenantSlug, input, await getRequestContext());
}
