import { defineConfig } from "prisma/config";

// The datasource URL is only needed by CLI commands that talk to a database; we apply migrations with our
// own migrator (scripts/migrate.ts), so `prisma generate` runs without one.
export default defineConfig({
  schema: "prisma/schema",
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/lianxin" },
});
