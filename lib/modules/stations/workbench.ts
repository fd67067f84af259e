// The stations' items on the workbench: for station staff, the reception days of this week (up to today) at
// their stations that have no record yet, and the issues still open there; for the deputy-affairs office, how
// many stations lack evidence for their standard; for a deputy, their reception duties in the next seven days.
import { can } from "@/lib/authz";
import { dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { addCalendarDays, weekdayOfDay, workingCalendar } from "@/lib/modules/calendar";
import { deputyOfUser } from "@/lib/modules/deputies";
import type { WorkItem, WorkbenchSource } from "../define";
import { scopedStationIds } from "./policy";
import { receptionDaysBetween } from "./queries-days";
import { daysWithoutRecord, openIssuesByStation, stationNames, stationsMissingEvidence } from "./queries-workbench";

export const workbench: WorkbenchSource = async ({ tenant, member, now }) => {
  const today = todayInShanghai(now);
  const base = `/${tenant.slug}/console/stations`;
  const items: WorkItem[] = [];
  const calendar = await workingCalendar(tenant.id);
  const due = (day: string) => {
    const left = calendar.workingDaysBetweenChecked(today, day);
    return { day, workingDaysLeft: left.days, unconfirmedYears: left.unconfirmedYears };
  };
  const staff = member.roles.includes("station") ? scopedStationIds(member) : [];
  if (staff.length) {
    // This week's Monday (weekdayOfDay: 0 Sunday … 6 Saturday).
    const monday = addCalendarDays(today, -((weekdayOfDay(today) + 6) % 7));
    const [pending, open] = await Promise.all([
      daysWithoutRecord(tenant.id, staff, monday, today),
      openIssuesByStation(tenant.id, staff),
    ]);
    const names = await stationNames(tenant.id, [...pending.map((d) => d.stationId), ...open.keys()]);
    for (const d of pending) {
      const day = dateToDay(d.day);
      items.push({
        id: `stations.recordDue:${d.id}`,
        label: "stations.workbench.recordDue",
        values: { station: names.get(d.stationId) ?? "", day: dayToDate(day) },
        href: `${base}/${d.stationId}/records/new?day=${d.id}`,
        due: due(day),
      });
    }
    for (const [stationId, count] of open)
      items.push({
        id: `stations.openIssues:${stationId}`,
        label: "stations.workbench.openIssues",
        values: { station: names.get(stationId) ?? "", count },
        count,
        href: `${base}/${stationId}/records`,
      });
  }
  if (can(member.roles, "station.manage")) {
    const missing = await stationsMissingEvidence(tenant.id);
    if (missing > 0)
      items.push({
        id: "stations.missingEvidence",
        label: "stations.workbench.missingEvidence",
        values: { count: missing },
        count: missing,
        href: `${base}?incomplete=1`,
      });
  }
  if (member.roles.includes("deputy")) {
    const deputy = await deputyOfUser(tenant.id, member.id);
    if (deputy) {
      const days = await receptionDaysBetween(tenant.id, today, addCalendarDays(today, 7), { deputyId: deputy.id });
      const live = days.filter((d) => !d.cancelled);
      const names = await stationNames(
        tenant.id,
        live.map((d) => d.stationId),
      );
      for (const d of live)
        items.push({
          id: `stations.duty:${d.id}`,
          label: "stations.workbench.duty",
          values: { station: names.get(d.stationId) ?? "", day: dayToDate(d.day), time: `${d.startTime}–${d.endTime}` },
          href: `/${tenant.slug}/console/my-deputy`,
          due: due(d.day),
        });
    }
  }
  return items;
};
