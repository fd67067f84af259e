// The suggestions on the workbench, per role (part: ops). Placeholder until that part lands.
import type { WorkbenchSource } from "../define";

export const workbench: WorkbenchSource = async () => [];
