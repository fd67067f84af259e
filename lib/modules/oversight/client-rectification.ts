// The rectification part of the oversight client face: the workflow (pure), the forms and the server actions.
export * from "./rectification-workflow";
export {
  acceptTaskSchema,
  makeTasksSchema,
  recordReviewSchema,
  reportTaskSchema,
  sendBackTaskSchema,
  type MakeTasksInput,
} from "./schemas-rectification";
export {
  acceptTaskAction,
  makeTasksAction,
  recordReviewAction,
  reportTaskAction,
  sendBackTaskAction,
} from "./actions-rectification";
export type { Board, BoardFilter, TaskDetail, TaskRow } from "./queries-rectification";
