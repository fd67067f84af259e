// Issue #14 item 7: the intake's rate with the database as migration 0019 left it (its trigger function: counts
// only; the channel index without the district) and as it is now (0021's function, which also counts reasons of
// rows inserted already disposed; 0022's channel index carrying the district), in the same run, on
// databases of one fsyncing cluster, in the balanced order old, new, new, old, old, new (this machine is shared and
// drifts). Each run is scripts/bench-opinions.ts (20,000 submissions flat out at 100 clients, then paced at 1,000 a
// second) against a fresh database; afterwards the counters are compared with count(*).
// Usage: npx tsx --conditions=react-server scripts/bench-intake-counters.ts [total=20000]
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/migrations";
import { startEmbeddedDb } from "./lib/embedded-db";

const TOTAL = process.argv[2] ?? "20000";
const ORDER = ["0019", "0022", "0022", "0019", "0019", "0022"] as const;

/** The intake's side of the database as migration 0019 left it: its trigger function (CREATE OR REPLACE puts it
 *  back) and the channel index without the district (migration 0022 added it). */
function as0019(): string {
  const sql = readFileSync("prisma/migrations/0019_consultation_counts/migration.sql", "utf8");
  const start = sql.indexOf('CREATE FUNCTION "consultation_count_apply"()');
  const end = sql.indexOf("END $$;", start) + "END $$;".length;
  return `${sql.slice(start, end).replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")};
    DROP INDEX "Opinion_tenantId_consultationId_channel_createdAt_idx";
    CREATE INDEX "Opinion_tenantId_consultationId_channel_createdAt_idx" ON "Opinion" ("tenantId", "consultationId", "channel", "createdAt" DESC, "id");`;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "lianxin-bench-intake-"));
chmodSync(tmp, 0o755);
const cluster = await startEmbeddedDb({
  dataDir: path.join(tmp, "pg"),
  database: "lianxin_bench",
  persistent: false,
  durable: true,
});
const admin = new pg.Client({ connectionString: cluster.url });
await admin.connect();
const rows: string[] = [];
try {
  for (const [i, variant] of ORDER.entries()) {
    const name = `intake_${i}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = cluster.url.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
    await applyMigrations(url);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    if (variant === "0019") await db.query(as0019());
    const run = spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/bench-opinions.ts", TOTAL],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: url } },
    );
    const out = run.stdout.split("\n");
    const cell = (prefix: string, col: number) => {
      const cells = out.find((l) => l.startsWith(prefix))?.split("|") ?? [];
      return cells[col]?.trim() ?? "?";
    };
    const exact = await db.query<{ differ: string }>(`SELECT count(*) AS differ FROM (
        SELECT "tenantId", "consultationId", "articleIdentity", "disposition", count(*)::int AS n FROM "Opinion" GROUP BY 1, 2, 3, 4
        EXCEPT SELECT "tenantId", "consultationId", "articleIdentity", "disposition", sum("n")::int FROM "ConsultationCount" GROUP BY 1, 2, 3, 4 HAVING sum("n") <> 0) d`);
    await db.end();
    const line = `| ${i + 1} | ${variant} | ${cell("| POST …/opinions, flat out", 5)} | ${cell("| POST …/opinions, flat out", 8)} | ${cell("| POST …/opinions, paced", 8)} | ${out.find((l) => l.startsWith("rows stored"))?.includes("NO") ? "NO" : "yes"} | ${exact.rows[0]!.differ === "0" ? "yes" : "NO"} | ${os.loadavg()[0]!.toFixed(1)} |`;
    rows.push(line);
    console.log(line);
    if (run.status !== 0) console.error(run.stderr.split("\n").slice(-8).join("\n"));
    await admin.query(`DROP DATABASE ${name}`);
  }
} finally {
  await admin.end();
  await cluster.stop();
  rmSync(tmp, { recursive: true, force: true });
}
console.log(
  `machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; date ${new Date().toISOString()}; ${TOTAL} submissions per run`,
);
console.log(
  "| run | trigger function | accepted/s flat out | p99 ms flat out | p99 ms paced at 1,000/s | 201s = rows | counters = count(*) | load |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) console.log(r);
