// Checks of a schedule's input beyond its schema: the fields its kind needs, a time range that runs forward, an
// end after the start, deputies of this city.
import { deputiesByIds } from "@/lib/modules/deputies";
import type { Locale } from "@/lib/i18n/config";
import type { ScheduleInput } from "./schemas";
import { refuseIf, type StationErrorKey } from "./station-errors";

export async function checkSchedule(tenantId: string, locale: Locale, input: Omit<ScheduleInput, "stationId">) {
  const problems: Record<string, StationErrorKey> = {};
  if (input.kind === "MONTHLY_DAY" && !input.dayOfMonth) problems.dayOfMonth = "dayOfMonthRequired";
  if (input.kind === "MONTHLY_WEEKDAY") {
    if (!input.weekOfMonth) problems.weekOfMonth = "weekOfMonthRequired";
    if (!input.weekday) problems.weekday = "weekdayRequired";
  }
  if (input.endTime <= input.startTime) problems.endTime = "timeOrder";
  if (input.endsOn && input.endsOn < input.startsOn) problems.endsOn = "endsBeforeStart";
  await checkDeputies(tenantId, input.deputyIds, problems);
  await refuseIf(locale, problems);
}

/** Every id must be a deputy of this city. */
export async function checkDeputies(tenantId: string, ids: string[], problems: Record<string, StationErrorKey>) {
  if (ids.length === 0) return;
  const found = await deputiesByIds(tenantId, ids);
  if (ids.some((id) => !found.has(id))) problems.deputyIds = "deputyNotFound";
}

/** The columns a schedule's input writes (fields another kind would use are cleared). */
export function scheduleData(input: Omit<ScheduleInput, "stationId">) {
  return {
    ...input,
    dayOfMonth: input.kind === "MONTHLY_DAY" ? input.dayOfMonth : null,
    weekOfMonth: input.kind === "MONTHLY_WEEKDAY" ? input.weekOfMonth : null,
    weekday: input.kind === "MONTHLY_WEEKDAY" ? input.weekday : null,
    everyMonths: input.kind === "ONCE" ? 1 : input.everyMonths,
    startsOn: new Date(`${input.startsOn}T00:00:00.000Z`),
    endsOn: input.kind === "ONCE" ? null : input.endsOn ? new Date(`${input.endsOn}T00:00:00.000Z`) : null,
    deputyIds: [...new Set(input.deputyIds)],
  };
}
