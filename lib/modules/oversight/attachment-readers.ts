// Who reads an oversight file (manifest `attachmentReaders`): holding `oversight.view` (or `rectification.view`)
// is not enough. An activity's report, a problem's photo and a unit's report back go to members who see the
// activity (policy.ts, as its page lists them); a rectification report's evidence to members who see the task
// (policy-rectification.ts: the city-wide roles, the committee managing it, the task's own unit). Any other kind,
// or a file not linked to a row (yet, or any more), is read by no one.
import { forTenant } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import type { AttachmentReader } from "../define";
import { EVIDENCE_KIND } from "./actions-task";
import { PROBLEM_PHOTO_KIND } from "./mutate-problem";
import { getActivity } from "./queries-activity";
import { getTask } from "./queries-rectification";

/** The kinds storeOversightFile is given in mutate-activity.ts (report) and mutate-unit-report.ts. */
export const ACTIVITY_REPORT_KIND = "oversightReport";
export const UNIT_REPORT_KIND = "oversightUnitReport";

/** The activity an activity-level file belongs to, read in the city only; null when there is none. */
async function activityOf(tenantId: string, kind: string, ownerId: string): Promise<string | null> {
  const db = forTenant(tenantId);
  if (kind === ACTIVITY_REPORT_KIND) return ownerId;
  if (kind === PROBLEM_PHOTO_KIND)
    return (
      (await db.oversightProblem.findFirst({ where: { id: ownerId }, select: { activityId: true } }))?.activityId ??
      null
    );
  if (kind === UNIT_REPORT_KIND)
    return (
      (await db.oversightUnitReport.findFirst({ where: { id: ownerId }, select: { activityId: true } }))?.activityId ??
      null
    );
  return null;
}

export const attachmentReaders: AttachmentReader = async (tenantId, member, file) => {
  if (!file.ownerId || !isUuid(file.ownerId)) return false;
  if (file.ownerKind === EVIDENCE_KIND) {
    const report = await forTenant(tenantId).rectificationReport.findFirst({
      where: { id: file.ownerId },
      select: { taskId: true },
    });
    if (!report) return false;
    return (await getTask(tenantId, member, report.taskId, todayInShanghai())) !== null;
  }
  const activityId = await activityOf(tenantId, file.ownerKind, file.ownerId);
  if (!activityId) return false;
  return (await getActivity(tenantId, member, activityId)) !== null;
};
