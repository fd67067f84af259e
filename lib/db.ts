// The one database client. Two faces:
// - `forTenant(tenantId)`: every query on a tenant-owned model is filtered by (and every row written gets) that
//   tenant; a tenantId that disagrees throws. This is the path all module code uses.
// - `unsafePrisma`: the raw client, for platform-level models (Tenant, PlatformOperator), migrations-adjacent
//   work and seeding. Even here, a query on a tenant-owned model that names no tenantId throws
//   (UnscopedQueryError), so forgetting the tenant is loud, never a silent cross-tenant read.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { type Args, assertScoped, scopeArgs, TENANT_MODELS } from "./tenant-scope";

function createBase() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded PostgreSQL)");
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

function createClient() {
  return base().$extends({
    name: "tenant-guard",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (TENANT_MODELS.has(model)) assertScoped(model, operation, args);
          return query(args);
        },
      },
    },
  });
}

export type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as {
  lianxinBase?: PrismaClient;
  lianxinDb?: Db;
  lianxinScoped?: Map<string, TenantDb>;
};

// One connection pool. Scoped clients extend the unguarded base: Prisma runs query extensions in the order they
// were added, so a scope extension added on top of the guard would run after it and the guard would reject every
// forTenant() query that does not name its tenant itself.
function base(): PrismaClient {
  return (globalForDb.lianxinBase ??= createBase());
}

function client(): Db {
  return (globalForDb.lianxinDb ??= createClient());
}

/** The raw client. Prefer forTenant(); use this only for platform-level models or with an explicit tenantId. */
export const unsafePrisma: Db = new Proxy({} as Db, {
  get: (_target, prop) => Reflect.get(client(), prop),
});

function scoped(tenantId: string) {
  return base().$extends({
    name: "tenant-scope",
    query: {
      $allModels: {
        async $allOperations(params) {
          // Read through a plain type: with sixty-odd models, the union of every model's every operation's
          // arguments is more than TypeScript will check (TS2590).
          const { model, operation, args, query } = params as unknown as {
            model: string;
            operation: string;
            args: Args;
            query: (a: Args) => Promise<unknown>;
          };
          return query(TENANT_MODELS.has(model) ? scopeArgs(tenantId, model, operation, args) : args);
        },
      },
    },
  });
}

export type TenantDb = ReturnType<typeof scoped>;
/** The client inside a `forTenant(id).$transaction(async (tx) => …)` callback. */
export type TenantTx = Parameters<Parameters<TenantDb["$transaction"]>[0]>[0];

/** A client bound to one tenant: every read is filtered by it and every write stamped with it. */
export function forTenant(tenantId: string): TenantDb {
  if (!tenantId) throw new Error("forTenant() needs a tenant id");
  const cache = (globalForDb.lianxinScoped ??= new Map());
  let db = cache.get(tenantId);
  if (!db) {
    db = scoped(tenantId);
    cache.set(tenantId, db);
  }
  return db;
}
