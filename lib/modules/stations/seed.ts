import type { Seeder } from "../define";

export const seedStationsDemo: Seeder = async () => {};
