// A citizen's opinion: the busiest write of the platform (a popular draft can draw thousands an hour, often in
// bursts after a WeChat post). The action path is the same as lib/public-action.ts — tenant → zod → checks →
// the change and its audit row committed together — but the happy path is ONE prepared statement on a plain
// pg pool (lib/pg.ts): it resolves the tenant, counts the rate-limit hits, checks the window, the channel, the
// article and the district, inserts the opinion (or finds its idempotency key already used), bumps the campaign
// of identical texts and writes the audit row. Only a refusal costs more queries, to say precisely why.
import { createHash, randomInt } from "node:crypto";
import type { RequestContext } from "@/lib/action";
import { rateLimitClient } from "@/lib/client-ip";
import { AppError, type Result } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translate";
import { isUuid } from "@/lib/ids";
import { pgPool } from "@/lib/pg";
import { positiveInt } from "@/lib/env";
import { newReceiptCode } from "@/lib/receipt";
import { failure } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { opinionContentHash } from "./content-hash";
import { explainRefusal, RateLimitedError, type IntakeRow } from "./intake-refusal";
import { INTAKE_SQL } from "./intake-sql";
import { opinionSchema } from "./schemas";

export type SubmitOpinionOptions = {
  /** The Idempotency-Key header: the same key answers the same receipt, whatever the number of retries. */
  idempotencyKey?: string | null;
  /** The portal's anonymous cookie id: counts people, not opinions. */
  submitterKey?: string | null;
  /** From lib/client-ip.ts (trusted proxies only); null means no per-client limit can apply. */
  clientIp?: string | null;
  request: RequestContext;
};
export type SubmittedOpinion = { receiptCode: string; replayed: boolean };
/** A refusal for too many submissions also says when to come back (the route sends it as Retry-After). */
export type SubmitOpinionResult = Result<SubmittedOpinion> & { retryAfterSeconds?: number };

const KEY_FORMAT = /^[\x21-\x7e]{1,100}$/;
const SLUG_FORMAT = /^[a-z][a-z0-9-]{1,39}$/;
/** Per-consultation hits are spread over this many rows, so concurrent requests rarely wait on one row lock. */
const CONSULTATION_SLOTS = 16;

export async function submitOpinion(
  tenantSlug: string,
  consultationId: string,
  rawInput: unknown,
  opts: SubmitOpinionOptions,
): Promise<SubmitOpinionResult> {
  try {
    if (!SLUG_FORMAT.test(tenantSlug) || !isUuid(consultationId)) throw new AppError("NOT_FOUND");
    const key = opts.idempotencyKey ?? null;
    if (key !== null && !KEY_FORMAT.test(key)) throw new AppError("BAD_REQUEST", "idempotencyKeyFormat");
    // The translator is only needed to word a refusal; a valid opinion never pays for it.
    const quick = opinionSchema.safeParse(rawInput);
    const input =
      quick.success && !hasNul(quick.data)
        ? quick.data
        : parseInput(opinionSchema, rawInput, opts.request.locale, await getTranslator(opts.request.locale));
    const contentHash = opinionContentHash(input.content);
    const requestHash = createHash("sha256")
      .update(JSON.stringify([input.articleId, input.content, input.name, input.contact, input.area]))
      .digest("hex");
    const submitterKey =
      opts.submitterKey && /^[A-Za-z0-9_-]{8,64}$/.test(opts.submitterKey) ? opts.submitterKey : null;
    const ip = opts.clientIp ?? null;
    const perConsultation = positiveInt(process.env.OPINION_LIMIT_PER_CONSULTATION, 60_000);
    const perClient = positiveInt(process.env.OPINION_LIMIT_PER_CLIENT, 60);

    // Signed in counts only for a user of this very city (a platform operator or another city's staff is not).
    const sessionTenant = opts.request.identity?.kind === "tenant" ? opts.request.identity.tenantId : null;
    for (let attempt = 0; ; attempt++) {
      try {
        const { rows } = await pgPool().query<IntakeRow>({
          name: "opinion-intake",
          text: INTAKE_SQL,
          values: [
            tenantSlug,
            consultationId,
            input.articleId,
            input.content,
            contentHash,
            input.name,
            input.contact,
            input.area,
            newReceiptCode(),
            submitterKey,
            key,
            requestHash,
            `opinion:c:${tenantSlug}:${consultationId}#${randomInt(CONSULTATION_SLOTS)}`,
            Math.ceil(perConsultation / CONSULTATION_SLOTS),
            // Without a trusted address there is no per-client limit to apply: every request would share one bucket.
            ip ? `opinion:ip:${tenantSlug}:${consultationId}:${rateLimitClient(ip)}` : null,
            perClient,
            opts.request.requestId,
            opts.request.ip,
            sessionTenant,
          ],
        });
        const row = rows[0]!;
        if (row.id && row.receipt) return { ok: true, data: { receiptCode: row.receipt, replayed: false } };
        return {
          ok: true,
          data: await explainRefusal(consultationId, row, {
            key,
            requestHash,
            articleId: input.articleId,
            area: input.area,
            signedIn: sessionTenant !== null && sessionTenant === row.tenant,
          }),
        };
      } catch (err) {
        // A receipt code already taken (1 in 10^15 per pair): draw another. Anything else is not ours to retry.
        if (attempt < 2 && (err as { constraint?: string }).constraint === "Opinion_tenantId_receiptCode_key") continue;
        throw err;
      }
    }
  } catch (err) {
    const result = failure(err, await getTranslator(opts.request.locale), {
      action: "opinion.submit",
      requestId: opts.request.requestId,
    });
    return err instanceof RateLimitedError ? { ...result, retryAfterSeconds: err.retryAfterSeconds } : result;
  }
}

/** PostgreSQL text cannot hold NUL; such input goes the slow way, where it gets a field message. */
function hasNul(input: { content: string; name: string | null; contact: string | null }): boolean {
  return input.content.includes("\0") || !!input.name?.includes("\0") || !!input.contact?.includes("\0");
}
