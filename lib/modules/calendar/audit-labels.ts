// Human names of the calendar module's audited objects (manifest `auditLabels`): a year's arrangement is its year.
import type { AuditLabeler } from "../define";
import { calendarYearsByIds } from "./queries-calendar";

export const auditLabels: AuditLabeler = {
  CalendarYear: async (tenantId, ids) =>
    new Map((await calendarYearsByIds(tenantId, ids)).map((y) => [y.id, String(y.year)])),
};
