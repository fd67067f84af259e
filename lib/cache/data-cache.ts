// Expensive reads kept in this process, for the few that every visitor repeats (a popular consultation's counts:
// ~0.3 s over 500,000 opinions). The same story as the page cache (./page-cache.ts): an entry is keyed on the
// tenant's action version (lib/action-version.ts), so a committed change through any mutation path makes it miss,
// on every replica; its time limit bounds what no action changes (the opinion intake's counts, the clock).
// Results are kept as they are (no JSON round trip): callers must not mutate them.
import { positiveInt } from "@/lib/env";
import { pgPool } from "@/lib/pg";
import { ByteLru } from "./byte-lru";

type Entry = { value: unknown; version: number; bytes: number; storedAt: number };

const store = new ByteLru<Entry>(
  positiveInt(process.env.DATA_CACHE_MAX_MB, 16) * 1024 * 1024,
  // The longest any entry may live; each read names its own, shorter, limit.
  24 * 3600 * 1000,
);
const pending = new Map<string, Promise<unknown>>();

/** The tenant's action version, read fresh: one indexed row, the cost of a hit. */
async function actionVersion(tenantId: string): Promise<number | null> {
  // unsafe: the tenant's own row ("Tenant"."id" is the tenant id).
  const { rows } = await pgPool().query<{ v: number }>({
    name: "data-cache-version",
    text: `SELECT "actionVersion" AS v FROM "Tenant" WHERE "id" = $1::uuid`,
    values: [tenantId],
  });
  return rows[0]?.v ?? null;
}

/**
 * `fn` behind the cache: one entry per argument list, valid while the tenant's action version is unchanged and for
 * at most `seconds`. `DATA_CACHE=0` turns it off (each call runs `fn`). Identical concurrent misses run `fn` once.
 */
export function cachedRead<A extends [tenantId: string, ...rest: unknown[]], R>(
  name: string,
  seconds: number,
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    if (process.env.DATA_CACHE === "0") return fn(...args);
    const version = await actionVersion(args[0]);
    if (version === null) return fn(...args);
    const key = JSON.stringify([name, ...args]);
    const hit = store.get(key);
    if (hit && hit.version === version && Date.now() - hit.storedAt <= seconds * 1000) return hit.value as R;
    const slot = `${key}@${version}`;
    let running = pending.get(slot) as Promise<R> | undefined;
    if (!running) {
      running = fn(...args).then((value) => {
        store.set(key, { value, version, bytes: approximateBytes(value) + key.length * 2, storedAt: Date.now() });
        return value;
      });
      pending.set(slot, running);
      void running.finally(() => pending.delete(slot)).catch(() => {});
    }
    return running;
  };
}

function approximateBytes(value: unknown): number {
  try {
    return JSON.stringify(value).length * 2;
  } catch {
    return 64 * 1024;
  }
}

/** For tests: forget every kept read. */
export function clearDataCache(): void {
  store.clear();
}
