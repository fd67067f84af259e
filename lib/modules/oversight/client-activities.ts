// The activities part of the oversight client face: the workflow (pure).
export {
  ACTIVITY_TRANSITIONS,
  canMoveActivity,
  moveNeedsNote,
  planProgress,
  STATUS_PROGRESS,
  type PlanProgress,
} from "./workflow";
