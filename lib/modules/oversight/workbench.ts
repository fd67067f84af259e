// Oversight on the workbench: each part's items (opinions to report on, inquiries to record, tasks to handle or
// accept, project progress owed).
import type { WorkbenchSource } from "../define";
import { activitiesWork } from "./workbench-activities";
import { inquiryWork } from "./workbench-inquiry";
import { projectsWork } from "./workbench-projects";
import { rectificationWork } from "./workbench-rectification";

export const workbench: WorkbenchSource = async (ctx) =>
  (await Promise.all([activitiesWork, inquiryWork, rectificationWork, projectsWork].map((w) => w(ctx)))).flat();
