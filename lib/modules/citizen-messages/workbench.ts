// The citizens' messages on the workbench, per role, each linking to the list filtered to it: for a deputy and
// station staff, new messages to accept (their stations', the deputy's own) and the citizens to call back for a
// rating (the staff's stations', the deputy's own); for a deputy, replies to check before release; for the deputy-affairs office,
// messages to classify and to transfer, hand-back requests, replies to release and the overdue ones; for a unit,
// each message it holds with its deadline and the working days left, the nearest first.
import { dateToDay, todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import type { WorkItem, WorkbenchSource } from "../define";
import { isOffice, staffStationIds, unitIds } from "./policy";
import { countByStatus, countCallBacks, countOverdue, unitClockMessages, type WorkScope } from "./queries-ops";
import { loadViewer } from "./queries-viewer";
import type { MessageStatus } from "./workflow";

/** Unit messages shown one by one; the rest are one item linking to the unit's list. */
export const UNIT_ITEMS = 10;

export const workbench: WorkbenchSource = async ({ tenant, member, now }) => {
  const list = `/${tenant.slug}/console/messages`;
  const items: WorkItem[] = [];
  const counted = (id: string, count: number, query: string) => {
    if (count > 0)
      items.push({
        id: `citizenMessages.${id}`,
        label: `citizenMessageStats.workbench.${id}`,
        values: { count },
        count,
        href: `${list}?${query}`,
      });
  };
  const today = todayInShanghai(now);
  const viewer = await loadViewer(member);
  const staff = staffStationIds(member);
  const deputy: WorkScope =
    viewer.deputyId !== null ? { stationIds: viewer.deputyStationIds, deputyId: viewer.deputyId } : null;

  if (isOffice(member)) {
    const byStatus = await countByStatus(tenant.id, null, ["ACCEPTED", "CLASSIFIED", "HANDBACK_REQUESTED", "REPLIED"]);
    const n = (s: MessageStatus) => byStatus.get(s) ?? 0;
    counted("toClassify", n("ACCEPTED"), "status=ACCEPTED");
    counted("toTransfer", n("CLASSIFIED"), "status=CLASSIFIED");
    counted("handback", n("HANDBACK_REQUESTED"), "status=HANDBACK_REQUESTED");
    counted("toRelease", n("REPLIED"), "status=REPLIED");
    counted("overdue", await countOverdue(tenant.id, null, today), "status=overdue");
  } else {
    if (staff.length || deputy) {
      const handler: WorkScope = {
        stationIds: [...new Set([...staff, ...(deputy?.stationIds ?? [])])],
        deputyId: deputy?.deputyId ?? null,
      };
      counted(
        "toAccept",
        (await countByStatus(tenant.id, handler, ["SUBMITTED"])).get("SUBMITTED") ?? 0,
        "status=SUBMITTED",
      );
      // The station's staff call back; a deputy, the citizens who wrote to them by name.
      const callers: WorkScope = { stationIds: staff, deputyId: deputy?.deputyId ?? null };
      counted("callBack", await countCallBacks(tenant.id, callers), "status=RELEASED");
    }
    if (deputy)
      counted("toCheck", (await countByStatus(tenant.id, deputy, ["REPLIED"])).get("REPLIED") ?? 0, "status=REPLIED");
  }

  const units = unitIds(member);
  if (units.length) {
    const [{ rows, total }, calendar] = await Promise.all([
      unitClockMessages(tenant.id, units, UNIT_ITEMS),
      workingCalendar(tenant.id),
    ]);
    for (const m of rows) {
      if (!m.dueOn) continue;
      const day = dateToDay(m.dueOn);
      const left = calendar.workingDaysBetweenChecked(today, day);
      items.push({
        id: `citizenMessages.unitDue:${m.id}`,
        label:
          m.status === "HANDBACK_REQUESTED"
            ? "citizenMessageStats.workbench.unitHandback"
            : "citizenMessageStats.workbench.unitDue",
        values: { title: m.title, code: m.receiptCode },
        href: `${list}/${m.id}`,
        due: { day, workingDaysLeft: left.days, unconfirmedYears: left.unconfirmedYears },
      });
    }
    if (total > rows.length)
      items.push({
        id: "citizenMessages.unitMore",
        label: "citizenMessageStats.workbench.unitMore",
        values: { count: total - rows.length },
        count: total - rows.length,
        href: `${list}?status=TRANSFERRED`,
      });
  }
  return items;
};
