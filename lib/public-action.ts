// The mutation path for citizens without an account: tenant → zod → one transaction with the change and an
// ANONYMOUS audit row. Same answers as lib/action.ts (4xx in the user's language, never a 500 for bad input).
import type { z } from "zod";
import type { ActionOutcome, RequestContext } from "./action";
import { bumpActionVersion } from "./action-version";
import { writeAudit } from "./audit";
import { forTenant, type TenantTx } from "./db";
import { AppError, type Result } from "./errors";
import { getTranslator } from "./i18n/translate";
import { log } from "./log";
import { failure } from "./result";
import { findActiveTenant, type TenantRecord } from "./tenant";
import { hitRateLimits, type Limit } from "./rate-limit";
import { parseInput } from "./validation";

export type PublicActionDef<S extends z.ZodType, R> = {
  name: string;
  schema: S;
  run: (
    ctx: { tx: TenantTx; tenant: TenantRecord; request: RequestContext },
    input: z.infer<S>,
  ) => Promise<ActionOutcome<R>>;
  /** Rate limits counted in PostgreSQL: the others before the input is even read, those marked `validOnly`
   *  inside the change's transaction once it has gone through; over any of them → 429 with the seconds to wait. */
  limits?: (ctx: { tenant: TenantRecord; request: RequestContext }) => Limit[];
};

export function definePublicAction<S extends z.ZodType, R>(def: PublicActionDef<S, R>) {
  return def;
}

async function enforceLimits(limits: Limit[], db?: Parameters<typeof hitRateLimits>[1]): Promise<void> {
  if (limits.length === 0) return;
  const verdict = await hitRateLimits(limits, db);
  if (verdict.limited)
    throw new AppError("RATE_LIMITED", "submissionRateLimited", { seconds: verdict.retryAfterSeconds });
}

export async function executePublicAction<S extends z.ZodType, R>(
  def: PublicActionDef<S, R>,
  tenantSlug: string,
  rawInput: unknown,
  request: RequestContext,
): Promise<Result<R>> {
  const t = await getTranslator(request.locale);
  try {
    const tenant = await findActiveTenant(tenantSlug);
    if (!tenant) throw new AppError("NOT_FOUND");
    const limits = def.limits?.({ tenant, request }) ?? [];
    await enforceLimits(limits.filter((l) => !l.validOnly));
    const input = parseInput(def.schema, rawInput, request.locale, t);
    const result = await forTenant(tenant.id).$transaction(async (tx) => {
      const outcome = await def.run({ tx, tenant, request }, input);
      // Counted only for a change that went through (valid, and accepted by the action: an unknown call id is
      // refused by `run`), in its transaction, so nothing refused fills a shared limit.
      await enforceLimits(
        limits.filter((l) => l.validOnly),
        tx,
      );
      for (const entry of [outcome.audit].flat())
        await writeAudit(tx, tenant.id, { kind: "ANONYMOUS" }, entry, request);
      // Last, as in lib/action.ts: cached pages and reads key on the tenant's action version.
      await bumpActionVersion(tx, tenant.id);
      return outcome.result;
    });
    log.info("public_action.ok", { action: def.name, tenant: tenant.slug, requestId: request.requestId });
    return { ok: true, data: result };
  } catch (err) {
    return failure(err, t, { action: def.name, requestId: request.requestId });
  }
}
