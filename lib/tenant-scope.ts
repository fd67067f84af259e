// Pure functions behind lib/db.ts's tenant scoping, kept free of the Prisma runtime so they can be unit-tested.
import { Prisma } from "@/lib/generated/prisma/browser";

/**
 * Models whose rows belong to one tenant: every model with a `tenantId` field. Read off the generated client
 * rather than the module registry, because lib/db.ts sits under every page, the Pages Router's too, which must
 * not load the registry's module code (lib/modules/consultation/pages.ts says why). Each module also declares
 * its models in its manifest; tests/integration/tenant-scope.test.ts checks that the manifests, this set and the
 * tables with a "tenantId" column are the same, so a new model cannot be forgotten.
 */
export const TENANT_MODELS: ReadonlySet<string> = new Set(
  Object.values(Prisma.ModelName).filter((model) => {
    const fields = (Prisma as unknown as Record<string, Record<string, string> | undefined>)[`${model}ScalarFieldEnum`];
    return fields !== undefined && "tenantId" in fields;
  }),
);

export class UnscopedQueryError extends Error {
  constructor(model: string, operation: string) {
    super(`${model}.${operation} without a tenantId: use forTenant(tenantId) (lib/db.ts)`);
    this.name = "UnscopedQueryError";
  }
}

export class TenantMismatchError extends Error {
  constructor(model: string, operation: string) {
    super(`${model}.${operation} names another tenant than the client it runs on`);
    this.name = "TenantMismatchError";
  }
}

export type Args = Record<string, unknown> | undefined;
const WHERE_OPS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
]);
const CREATE_OPS = new Set(["create", "createMany", "createManyAndReturn"]);

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

/** A relation write (`tenant: { connect: … }`) would bypass the tenantId check: only the scalar is allowed. */
function noTenantRelation(model: string, operation: string, data: unknown) {
  if (Object.prototype.hasOwnProperty.call(record(data), "tenant")) throw new TenantMismatchError(model, operation);
}

function stamp(tenantId: string, model: string, operation: string, data: unknown): Record<string, unknown> {
  const row = record(data);
  noTenantRelation(model, operation, row);
  if (row.tenantId !== undefined && row.tenantId !== tenantId) throw new TenantMismatchError(model, operation);
  return { ...row, tenantId };
}

function filter(tenantId: string, model: string, operation: string, where: unknown): Record<string, unknown> {
  const w = record(where);
  if (w.tenantId !== undefined && w.tenantId !== tenantId) throw new TenantMismatchError(model, operation);
  return { ...w, tenantId };
}

/** Rewrites a query's arguments so it can only see and write rows of `tenantId`. */
export function scopeArgs(tenantId: string, model: string, operation: string, args: Args): Args {
  const a = { ...record(args) };
  if (WHERE_OPS.has(operation)) {
    a.where = filter(tenantId, model, operation, a.where);
    noTenantRelation(model, operation, a.data);
    if (
      a.data &&
      !Array.isArray(a.data) &&
      record(a.data).tenantId !== undefined &&
      record(a.data).tenantId !== tenantId
    ) {
      throw new TenantMismatchError(model, operation); // moving a row to another tenant
    }
  } else if (CREATE_OPS.has(operation)) {
    a.data = Array.isArray(a.data)
      ? a.data.map((d) => stamp(tenantId, model, operation, d))
      : stamp(tenantId, model, operation, a.data);
  } else if (operation === "upsert") {
    a.where = filter(tenantId, model, operation, a.where);
    a.create = stamp(tenantId, model, operation, a.create);
    noTenantRelation(model, operation, a.update);
    if (record(a.update).tenantId !== undefined && record(a.update).tenantId !== tenantId)
      throw new TenantMismatchError(model, operation);
  } else {
    throw new UnscopedQueryError(model, operation); // an operation we do not know how to scope: fail closed
  }
  return a;
}

function hasTenant(value: unknown): boolean {
  const id = record(value).tenantId;
  return typeof id === "string" && id.length > 0;
}

/** On the raw client: a tenant-owned query must name its tenant itself. */
export function assertScoped(model: string, operation: string, args: Args): void {
  const a = record(args);
  const ok = WHERE_OPS.has(operation)
    ? hasTenant(a.where)
    : CREATE_OPS.has(operation)
      ? Array.isArray(a.data)
        ? a.data.every(hasTenant) && a.data.length > 0
        : hasTenant(a.data)
      : operation === "upsert"
        ? hasTenant(a.where) && hasTenant(a.create)
        : false;
  if (!ok) throw new UnscopedQueryError(model, operation);
}
