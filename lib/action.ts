// The one path every mutation takes: session → tenant → membership → zod parse → permission → one
// transaction in which the change and its AuditEvent commit together. Server actions (lib/server-action.ts)
// and route handlers (lib/http.ts) both end here; nothing else writes tenant data.
import type { z } from "zod";
import { bumpActionVersion } from "./action-version";
import { writeAudit, type AuditEntry } from "./audit";
import { can, type Permission } from "./authz";
import { forTenant, type TenantTx } from "./db";
import { AppError, type Result } from "./errors";
import type { Locale } from "./i18n/config";
import { getTranslator } from "./i18n/translate";
import { log } from "./log";
import { loadMember, type Member, type SessionIdentity } from "./member";
import { failure } from "./result";
import { findActiveTenant, type TenantRecord } from "./tenant";
import { parseInput } from "./validation";

export type RequestContext = {
  identity: SessionIdentity | null;
  locale: Locale;
  requestId: string | null;
  ip: string | null;
};

export type ActionContext = { tx: TenantTx; tenant: TenantRecord; member: Member; request: RequestContext };
export type ActionOutcome<R> = { result: R; audit: AuditEntry | AuditEntry[] };

export type ActionDef<S extends z.ZodType, R> = {
  name: string;
  permission: Permission;
  schema: S;
  run: (ctx: ActionContext, input: z.infer<S>) => Promise<ActionOutcome<R>>;
  /** The transaction's time limit when an action may touch very many rows (Prisma's default is 5 s). */
  timeoutMs?: number;
};

export function defineAction<S extends z.ZodType, R>(def: ActionDef<S, R>): ActionDef<S, R> {
  return def;
}

/** Session → tenant → membership, shared by actions and read-only API handlers. */
export async function resolveMember(
  tenantSlug: string,
  request: RequestContext,
): Promise<{ tenant: TenantRecord; member: Member }> {
  if (!request.identity) throw new AppError("UNAUTHENTICATED");
  const tenant = await findActiveTenant(tenantSlug);
  if (!tenant) throw new AppError("NOT_FOUND");
  const member = await loadMember(tenant.id, request.identity);
  // Another tenant's session learns nothing: the same 404 as a tenant that does not exist.
  if (!member)
    throw new AppError(
      request.identity.kind === "tenant" && request.identity.tenantId === tenant.id ? "UNAUTHENTICATED" : "NOT_FOUND",
    );
  return { tenant, member };
}

/** For read-only API handlers: the same checks as an action, then `read`; errors answered like an action's. */
export async function executeRead<R>(
  tenantSlug: string,
  permission: Permission,
  request: RequestContext,
  read: (tenant: TenantRecord, member: Member) => Promise<R>,
): Promise<Result<R>> {
  const t = await getTranslator(request.locale);
  try {
    const { tenant, member } = await resolveMember(tenantSlug, request);
    if (!can(member.roles, permission)) throw new AppError("FORBIDDEN");
    return { ok: true, data: await read(tenant, member) };
  } catch (err) {
    return failure(err, t, { permission, requestId: request.requestId });
  }
}

export async function executeAction<S extends z.ZodType, R>(
  def: ActionDef<S, R>,
  tenantSlug: string,
  rawInput: unknown,
  request: RequestContext,
): Promise<Result<R>> {
  const t = await getTranslator(request.locale);
  try {
    const { tenant, member } = await resolveMember(tenantSlug, request);
    const input = parseInput(def.schema, rawInput, request.locale, t);
    if (!can(member.roles, def.permission)) throw new AppError("FORBIDDEN");
    const result = await forTenant(tenant.id).$transaction(
      async (tx) => {
        const outcome = await def.run({ tx, tenant, member, request }, input);
        const actor = { kind: "USER" as const, id: member.id, name: member.displayName };
        for (const entry of [outcome.audit].flat()) await writeAudit(tx, tenant.id, actor, entry, request);
        // Last, so the tenant row is locked only for the moment before commit: cached console pages key on it.
        await bumpActionVersion(tx, tenant.id);
        return outcome.result;
      },
      def.timeoutMs ? { timeout: def.timeoutMs, maxWait: 10_000 } : undefined,
    );
    log.info("action.ok", { action: def.name, tenant: tenant.slug, userId: member.id, requestId: request.requestId });
    return { ok: true, data: result };
  } catch (err) {
    return failure(err, t, { action: def.name, requestId: request.requestId });
  }
}
