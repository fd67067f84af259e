import "server-only";
// The projects part of the oversight server face: the reads and the actions of 民生实事代表票决制.
export {
  deputyAccounts,
  getProject,
  listProjects,
  projectChoices,
  projectPolls,
  projectYears,
  publicProjects,
} from "./queries-project";
export { applyProjectResults, createProject, openProjectVote, reportProjectProgress } from "./mutate-project";
