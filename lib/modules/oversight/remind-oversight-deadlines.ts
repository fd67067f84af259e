// The units' oversight clocks (filled by the rectification part).
import type { JobHandler } from "../define";

export const remindOversightDeadlines: JobHandler = async () => {};
