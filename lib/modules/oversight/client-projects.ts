// The projects part of the oversight client face: rules, schemas, types and the server actions.
export * from "./rules-project";
export {
  applyResultsSchema,
  progressSchema,
  projectSchema,
  projectVoteSchema,
  type ProjectInput,
} from "./schemas-project";
export {
  applyProjectResultsAction,
  createProjectAction,
  openProjectVoteAction,
  reportProjectProgressAction,
} from "./actions-project";
export type { ProjectRow, ProjectDetail, ProgressRow } from "./types-project";
