// Who sees and who works on rectification tasks: the city-wide roles (admin, leader) see every task; a committee
// member the tasks of their committee's activities (and of activities without a committee) and manages them; a
// unit its own tasks and reports on them.
import { can } from "@/lib/authz";
import type { Member } from "@/lib/member";
import { viewerCommitteeIds, viewerUnitIds } from "./policy";

type Who = Pick<Member, "roles" | "scopes">;

export const seesAllTasks = (m: Who) =>
  can(m.roles, "rectification.view") && (m.roles.includes("admin") || m.roles.includes("leader"));

export function managesTasksOf(m: Who, activity: { committeeId: string | null }): boolean {
  if (!can(m.roles, "rectification.manage")) return false;
  if (m.roles.includes("admin")) return true;
  return activity.committeeId === null || viewerCommitteeIds(m).includes(activity.committeeId);
}

export function handlesTask(m: Who, task: { unitId: string }): boolean {
  return can(m.roles, "rectification.handle") && viewerUnitIds(m).includes(task.unitId);
}

export function seesTask(m: Who, task: { unitId: string }, activity: { committeeId: string | null }): boolean {
  if (!can(m.roles, "rectification.view")) return false;
  return seesAllTasks(m) || managesTasksOf(m, activity) || viewerUnitIds(m).includes(task.unitId);
}

/** The board of an activity: city-wide roles and its managers (a unit uses its inbox). */
export const seesBoard = (m: Who, activity: { committeeId: string | null }) =>
  seesAllTasks(m) || managesTasksOf(m, activity);
