// The queues: one per job the manifests declare (lib/modules/<m>/module.ts `jobs`), all with the same retry
// policy. A job that fails (an SMTP server down, a database restart) is retried with growing delays, so every
// handler must be idempotent: running it twice has the effect of running it once.
import type PgBoss from "pg-boss";
import type { JobDecl } from "../modules/define";
import { MANIFESTS } from "../modules/registry";

/** Every job of every module, as declared; a name declared twice is a bug. */
export function declaredJobs(): JobDecl[] {
  const seen = new Map<string, string>();
  return MANIFESTS.flatMap((m) =>
    (m.jobs ?? []).map((job) => {
      const other = seen.get(job.name);
      if (other) throw new Error(`Job ${job.name} is declared twice (modules ${other} and ${m.name})`);
      seen.set(job.name, m.name);
      return job;
    }),
  );
}

/** Retries with exponential backoff from 30 s (30 s, 1 min, 2 min, 4 min, 8 min); a run may take 10 minutes. */
export const QUEUE_OPTIONS = {
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 600,
  retentionMinutes: 14 * 24 * 60,
} as const satisfies Omit<PgBoss.Queue, "name">;

const created = new WeakMap<PgBoss, Set<string>>();

/** Creates (or brings up to date) the named queues; each once per instance. Safe with other processes at once. */
export async function ensureQueues(boss: PgBoss, names: readonly string[]): Promise<void> {
  const done = created.get(boss) ?? new Set<string>();
  created.set(boss, done);
  for (const name of names) {
    if (done.has(name)) continue;
    // create_queue inserts ON CONFLICT DO NOTHING, so a queue another process made first keeps its partition;
    // the update then applies this version's options to it.
    await boss.createQueue(name, { name, policy: "standard", ...QUEUE_OPTIONS });
    await boss.updateQueue(name, { name, policy: "standard", ...QUEUE_OPTIONS });
    done.add(name);
  }
}
