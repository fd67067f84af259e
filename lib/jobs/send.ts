// Enqueueing a job, from any process (the web process, a worker, a test). Inside a transaction (`tx`), the job row
// is written by that transaction: it exists exactly when the change that asked for it commits, so a rolled-back
// notification never sends an e-mail and a committed one always has its job.
import { getBoss } from "./boss";
import { ensureQueues } from "./queues";

/** What pg-boss needs of a transaction to write its job row with it: a Prisma transaction client has it. */
// unsafe: a type (the raw-SQL scan reads the method's name as a call site).
export type SqlExecutor = { $queryRawUnsafe: <T = unknown>(query: string, ...values: unknown[]) => Promise<T> };

export type SendOptions = {
  /** With pg-boss's standard queues this only labels the job (handlers dedupe by their own keys). */
  singletonKey?: string;
  /** Not before this time (a Date) or this many seconds from now. */
  startAfter?: Date | number;
  /** Write the job in this transaction (a Prisma `tx`), so it commits or rolls back with it. */
  tx?: SqlExecutor;
};

/** Enqueues `name` (a job some manifest declares) with `data`; answers the job's id. */
export async function sendJob(name: string, data: Record<string, unknown>, opts: SendOptions = {}): Promise<string> {
  const boss = await getBoss("send");
  // A queue must exist before a job can be written to it (pg-boss partitions the job table by queue). Created on
  // its own connection, outside `tx`: DDL that commits at once, and only the first time this process sends it.
  await ensureQueues(boss, [name]);
  const db = opts.tx ? transactionDb(opts.tx) : undefined;
  const id = await boss.send(name, data, {
    ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
    ...(opts.startAfter !== undefined ? { startAfter: opts.startAfter } : {}),
    ...(db ? { db } : {}),
  });
  // Only a throttled or singleton send can be refused, and no queue here is either.
  if (!id) throw new Error(`pg-boss refused job ${name}`);
  return id;
}

function transactionDb(tx: SqlExecutor) {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      // unsafe: pg-boss's own statement on its job table (schema JOBS_SCHEMA), not a tenant-owned table.
      const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values);
      return { rows };
    },
  };
}
