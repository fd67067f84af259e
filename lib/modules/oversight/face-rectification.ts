import "server-only";
// The rectification part of the oversight server face: tasks made from problems, their one way to move
// (moveTask), the board per activity, a member's inbox, one task, and the actions' definitions (for tests and
// the API).
export { moveTask, type MoveTaskArgs } from "./move-task";
export {
  BOARD_PAGE_SIZE,
  boardChoices,
  getBoard,
  getTask,
  listMyTasks,
  problemsForTasks,
  taskForMove,
  taskSummary,
} from "./queries-rectification";
export { handlesTask, managesTasksOf, seesBoard, seesTask } from "./policy-rectification";
export {
  acceptTask,
  defaultTaskDueOn,
  EVIDENCE_KIND,
  makeTasks,
  recordReview,
  reportTask,
  sendBackTask,
} from "./actions-task";
export { remindOversightDeadlinesIn } from "./remind-oversight-deadlines";
