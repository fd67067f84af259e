// Demo filings (filled by the demo part).
import type { Seeder } from "../define";

export const seedFilingsDemo: Seeder = async () => {};
