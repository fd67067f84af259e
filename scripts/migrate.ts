// `npm run db:migrate`: applies pending SQL migrations to DATABASE_URL.
import { applyMigrations } from "@/lib/migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(2);
}
const applied = await applyMigrations(url, console.log);
console.log(applied.length ? `applied ${applied.length} migration(s)` : "database is up to date");
