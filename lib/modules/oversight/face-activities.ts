import "server-only";
// The activities part of the oversight server face: one activity for a member (getActivity, null when unseen or
// another city's), its one way to move (moveActivity, in the caller's transaction), its problems (listProblems),
// the plan and lists, and the actions.
export {
  getActivity,
  listProblems,
  loadActivityViewer,
  type ActivityDetail,
  type ProblemRow,
} from "./queries-activity";
export { moveActivity, type MoveActivityArgs } from "./move-activity";
export {
  activityFilter,
  managesActivity,
  seesActivity,
  viewerCommitteeIds,
  viewerUnitIds,
  type ActivityScope,
  type ActivityViewer,
} from "./policy";
export {
  activityChoices,
  activityEvents,
  activityRows,
  listActivities,
  publicPlan,
  type ActivityListRow,
  type ActivityPeople,
  type PlanView,
} from "./queries-plan";
export { PROBLEM_PHOTO_KIND } from "./mutate-problem";
export { listOversightForApi, oversightQuerySchema } from "./api-activities";
export { changeActivityStatus, createActivity, recordReport, sendOpinions, updateActivity } from "./mutate-activity";
export { addParticipant, removeParticipant } from "./mutate-participant";
export { addPoint } from "./mutate-point";
export { addProblem } from "./mutate-problem";
export { submitUnitReport } from "./mutate-unit-report";
export { activitiesWork } from "./workbench-activities";
