// Demo oversight data of every city (filled by the demo part).
import type { Seeder } from "../define";

export const seedOversightDemo: Seeder = async () => {};
