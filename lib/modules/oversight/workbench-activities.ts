// The activities part of the oversight workbench (filled by its part).
import type { WorkbenchSource } from "../define";

export const activitiesWork: WorkbenchSource = async () => [];
