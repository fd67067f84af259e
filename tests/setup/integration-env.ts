// Runs in every integration worker before its test file: point lib/db.ts at the database global-db.ts prepared.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
// Keep each worker's pool small: two workers share one PostgreSQL.
process.env.DATABASE_POOL_SIZE ??= "5";
