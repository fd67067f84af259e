// Read functions of the cross-tenant sweep for the livelihood projects (manifest `sweep.lookups`): asked with
// another city's id, none finds anything. Not wired into the manifest yet: the sweep samples Liaoyuan, and only
// Shantou's demo has livelihood projects (demo-oversight-shantou.ts); once Liaoyuan seeds one, add
// `project` to the sample and `/{tenant}/console/projects/{project}` to the pages.
import { getProject } from "./queries-project";

export const projectLookups = {
  /** The project page's read (/console/projects/{id}): null from another city. */
  project: getProject,
};
