// Two projects: `unit` (pure functions, no database) and `integration` (a real PostgreSQL: DATABASE_URL when set,
// otherwise a throwaway embedded server started by tests/setup/global-db.ts). Integration tests never clean up:
// every test creates its own tenants (unique slugs), so files run in parallel without seeing each other.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

const resolve = {
  alias: [
    { find: /^@\//, replacement: `${root}/` },
    // `server-only` throws outside a React Server Components bundle; in tests it is an empty module.
    { find: /^server-only$/, replacement: path.join(root, "tests/setup/empty.ts") },
  ],
};

export default defineConfig({
  test: {
    pool: "forks",
    maxWorkers: 2, // the machine has 2 cores
    env: { LOG_LEVEL: "error" }, // the JSON log lines of every action would drown the test output
    projects: [
      {
        extends: true,
        resolve,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        resolve,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/global-db.ts"],
          setupFiles: ["tests/setup/integration-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
