// `npm run db:seed`: seeds the demo data into DATABASE_URL (skipping tenants that already exist).
import { seedDemo } from "@/lib/seed/seed-demo";
import { unsafePrisma } from "@/lib/db";

const { tenants } = await seedDemo(console.log);
console.log(tenants.length ? `seeded ${tenants.length} tenants` : "nothing to seed: all demo tenants exist");
await unsafePrisma.$disconnect();
