import type { Seeder } from "../define";

export const seedDeputiesDemo: Seeder = async () => {};
