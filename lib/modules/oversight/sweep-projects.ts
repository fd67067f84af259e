// Read functions of the cross-tenant sweep for the livelihood projects (manifest `sweep.lookups`): asked with
// another city's id, none finds anything. The sweep samples Liaoyuan, whose demo has its city-level projects
// (demo-oversight-liaoyuan-projects.ts).
import { getProject } from "./queries-project";

export const projectLookups = {
  /** The project page's read (/console/projects/{id}): null from another city. */
  project: getProject,
};
