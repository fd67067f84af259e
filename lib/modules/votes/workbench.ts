// Polls on the workbench (filled by its part).
import type { WorkbenchSource } from "../define";

export const workbench: WorkbenchSource = async () => [];
