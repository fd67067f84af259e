// The filing reviews' clocks (filled by its part).
import type { JobHandler } from "../define";

export const remindFilingDeadlines: JobHandler = async () => {};
