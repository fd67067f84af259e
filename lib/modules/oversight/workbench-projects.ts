// The projects part of the oversight workbench (filled by its part).
import type { WorkbenchSource } from "../define";

export const projectsWork: WorkbenchSource = async () => [];
