// The mutation path for platform operators (no tenant in the URL): session → operator → zod → permission →
// one transaction with the change and its audit rows. Audit rows still belong to a tenant: the one the
// change concerns (a new tenant's own log starts with its creation).
import type { z } from "zod";
import { bumpActionVersion } from "./action-version";
import { writeAudit, type AuditEntry } from "./audit";
import type { PlatformPermission } from "./authz";
import { unsafePrisma, type Db } from "./db";
import { AppError, type Result } from "./errors";
import { getTranslator } from "./i18n/translate";
import { log } from "./log";
import type { RequestContext } from "./action";
import { failure } from "./result";
import { parseInput } from "./validation";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Operator = { id: string; displayName: string };

export type PlatformActionDef<S extends z.ZodType, R> = {
  name: string;
  permission: PlatformPermission;
  schema: S;
  run: (
    ctx: { tx: Tx; operator: Operator },
    input: z.infer<S>,
  ) => Promise<{ result: R; tenantId: string; audit: AuditEntry[] }>;
};

export function definePlatformAction<S extends z.ZodType, R>(def: PlatformActionDef<S, R>) {
  return def;
}

export async function loadOperator(identity: RequestContext["identity"]): Promise<Operator | null> {
  if (identity?.kind !== "platform") return null;
  return unsafePrisma.platformOperator.findFirst({
    where: { id: identity.operatorId, active: true },
    select: { id: true, displayName: true },
  });
}

export async function executePlatformAction<S extends z.ZodType, R>(
  def: PlatformActionDef<S, R>,
  rawInput: unknown,
  request: RequestContext,
): Promise<Result<R>> {
  const t = await getTranslator(request.locale);
  try {
    if (!request.identity) throw new AppError("UNAUTHENTICATED");
    const operator = await loadOperator(request.identity);
    if (!operator) throw new AppError("NOT_FOUND");
    const input = parseInput(def.schema, rawInput, request.locale, t);
    // Every active operator holds every platform permission today (def.permission names it for the day
    // operators' roles are split): being an active operator, checked above, is the whole check.
    const result = await unsafePrisma.$transaction(async (tx) => {
      const outcome = await def.run({ tx, operator }, input);
      for (const entry of outcome.audit) {
        await writeAudit(
          tx,
          outcome.tenantId,
          { kind: "PLATFORM", id: operator.id, name: operator.displayName },
          entry,
          request,
        );
      }
      // The tenant the change concerns: its cached pages and reads key on its action version.
      await bumpActionVersion(tx, outcome.tenantId);
      return outcome.result;
    });
    log.info("platform_action.ok", { action: def.name, operatorId: operator.id, requestId: request.requestId });
    return { ok: true, data: result };
  } catch (err) {
    return failure(err, t, { action: def.name, requestId: request.requestId });
  }
}
