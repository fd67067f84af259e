// The activities part of the oversight client face: the workflow (pure) and the server actions.
export {
  ACTIVITY_TRANSITIONS,
  canMoveActivity,
  moveNeedsNote,
  planProgress,
  STATUS_PROGRESS,
  type PlanProgress,
} from "./workflow";
export {
  addParticipantAction,
  addPointAction,
  addProblemAction,
  createActivityAction,
  moveActivityAction,
  recordReportAction,
  removeParticipantAction,
  sendOpinionsAction,
  submitUnitReportAction,
  updateActivityAction,
} from "./actions-activity";
export { planKind, planYear } from "./parse-plan";
