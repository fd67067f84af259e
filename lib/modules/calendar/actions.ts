"use server";
// Server actions of the calendar's admin forms. Each hands over to the one mutation path (lib/action.ts) with the
// request's context.
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { addHoliday } from "./add-holiday";
import { addWorkday } from "./add-workday";
import { confirmCalendarYear } from "./confirm-year";
import { removeCalendarDay } from "./remove-calendar-day";

export async function addHolidayAction(tenantSlug: string, input: unknown) {
  return executeAction(addHoliday, tenantSlug, input, await getRequestContext());
}
export async function addWorkdayAction(tenantSlug: string, input: unknown) {
  return executeAction(addWorkday, tenantSlug, input, await getRequestContext());
}
export async function removeCalendarDayAction(tenantSlug: string, input: unknown) {
  return executeAction(removeCalendarDay, tenantSlug, input, await getRequestContext());
}
export async function confirmCalendarYearAction(tenantSlug: string, input: unknown) {
  return executeAction(confirmCalendarYear, tenantSlug, input, await getRequestContext());
}
