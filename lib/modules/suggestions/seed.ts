// Demo suggestions (part: demo data). Placeholder until that part lands.
import type { Seeder } from "../define";

export const seedSuggestionsDemo: Seeder = async () => {};
