import type { WorkbenchSource } from "../define";

export const workbench: WorkbenchSource = async () => [];
