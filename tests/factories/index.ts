// Test data for integration tests. Every call makes fresh rows with unique names, so test files can run in
// parallel against one database and never clean up. Rows are written through `unsafePrisma` with an explicit
// tenantId (the tenant guard allows that), not through the action path, so a factory never depends on the
// code under test.
import { randomBytes, randomUUID } from "node:crypto";
import type { RequestContext } from "@/lib/action";
import type { Role } from "@/lib/authz";
import { unsafePrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/password";

/** The password every factory user has unless told otherwise (meets the password rules). */
export const TEST_PASSWORD = "Test-passw0rd";

let testHash: Promise<string> | undefined;
/** argon2id is slow on purpose: hash the shared test password once per worker process. */
export function testPasswordHash(): Promise<string> {
  return (testHash ??= hashPassword(TEST_PASSWORD));
}

/** A short random lower-case suffix, e.g. "k3x9a0f2". */
export function uniqueSuffix(length = 10): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join("");
}

export type TestTenant = Prisma.TenantGetPayload<object>;

export async function createTenant(overrides: Partial<Prisma.TenantCreateInput> = {}): Promise<TestTenant> {
  return unsafePrisma.tenant.create({
    data: {
      slug: `t-${uniqueSuffix()}`,
      shortName: "测试",
      fullName: "测试市人大常委会",
      province: "测试省",
      ...overrides,
    },
  });
}

export type RoleGrantLike = Role | { role: Role; scopeId: string | null };

export type CreateUserOptions = {
  username?: string;
  displayName?: string;
  phone?: string | null;
  email?: string | null;
  roles?: RoleGrantLike[];
  password?: string;
  active?: boolean;
  passwordChangedAt?: Date;
};

export type TestUser = Prisma.UserGetPayload<object> & {
  password: string;
  roles: { role: Role; scopeId: string | null }[];
};

export async function createUser(tenant: { id: string }, opts: CreateUserOptions = {}): Promise<TestUser> {
  const password = opts.password ?? TEST_PASSWORD;
  const passwordHash = password === TEST_PASSWORD ? await testPasswordHash() : await hashPassword(password);
  const user = await unsafePrisma.user.create({
    data: {
      tenantId: tenant.id,
      username: opts.username ?? `u-${uniqueSuffix(8)}`,
      displayName: opts.displayName ?? "测试用户",
      phone: opts.phone ?? null,
      email: opts.email ?? null,
      passwordHash,
      active: opts.active ?? true,
      ...(opts.passwordChangedAt ? { passwordChangedAt: opts.passwordChangedAt } : {}),
    },
  });
  const roles = (opts.roles ?? ["admin"]).map((g) => (typeof g === "string" ? { role: g, scopeId: null } : g));
  if (roles.length) {
    await unsafePrisma.roleAssignment.createMany({
      data: roles.map((g) => ({ tenantId: tenant.id, userId: user.id, role: g.role, scopeId: g.scopeId })),
    });
  }
  return { ...user, password, roles };
}

export function createCommittee(tenant: { id: string }, overrides: Partial<Prisma.CommitteeUncheckedCreateInput> = {}) {
  const code = `c-${uniqueSuffix(8)}`;
  return unsafePrisma.committee.create({
    data: { code, name: `测试委员会 ${code}`, shortName: "测委", ...overrides, tenantId: tenant.id },
  });
}

export function createUnit(tenant: { id: string }, overrides: Partial<Prisma.UnitUncheckedCreateInput> = {}) {
  const code = `unit-${uniqueSuffix(8)}`;
  return unsafePrisma.unit.create({
    data: { code, name: `测试承办单位 ${code}`, kind: "GOVERNMENT", ...overrides, tenantId: tenant.id },
  });
}

export function createArea(
  tenant: { id: string },
  parent?: { id: string; level: "DISTRICT" | "STREET" | "COMMUNITY" },
  name?: string,
) {
  const level = !parent ? "DISTRICT" : parent.level === "DISTRICT" ? "STREET" : "COMMUNITY";
  return unsafePrisma.area.create({
    data: { tenantId: tenant.id, parentId: parent?.id ?? null, level, name: name ?? `测试区 ${uniqueSuffix(6)}` },
  });
}

export async function createOperator(opts: { active?: boolean } = {}) {
  return unsafePrisma.platformOperator.create({
    data: {
      username: `op-${uniqueSuffix(8)}`,
      displayName: "测试运维",
      passwordHash: await testPasswordHash(),
      active: opts.active ?? true,
    },
  });
}

function requestId(): string {
  return `test-${randomUUID()}`;
}

/** The request context of a signed-in tenant user (session issued now unless `authAt` says otherwise). */
export function sessionFor(
  user: { id: string; tenantId: string },
  opts: { authAt?: number; locale?: RequestContext["locale"] } = {},
): RequestContext {
  return {
    identity: { kind: "tenant", userId: user.id, tenantId: user.tenantId, authAt: opts.authAt ?? Date.now() },
    locale: opts.locale ?? "zh-CN",
    requestId: requestId(),
    ip: "127.0.0.1",
  };
}

/** The request context of a signed-in platform operator; creates a fresh operator unless one is given. */
export async function operatorContext(operator?: { id: string }): Promise<RequestContext> {
  const op = operator ?? (await createOperator());
  return {
    identity: { kind: "platform", operatorId: op.id, authAt: Date.now() },
    locale: "zh-CN",
    requestId: requestId(),
    ip: "127.0.0.1",
  };
}

/** A context with no session at all. */
export function anonymousContext(): RequestContext {
  return { identity: null, locale: "zh-CN", requestId: requestId(), ip: "127.0.0.1" };
}

/** Audit rows of one tenant, oldest first. */
export function auditRows(tenantId: string, where: Prisma.AuditEventWhereInput = {}) {
  return unsafePrisma.auditEvent.findMany({ where: { ...where, tenantId }, orderBy: { id: "asc" } });
}
