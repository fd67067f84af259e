// The intake statement stored nothing: say exactly why (or answer a replayed Idempotency-Key as the first time).
// The slow path only, so a few plain queries more are fine; still pg, like the intake, to need no ORM here.
import { AppError } from "@/lib/errors";
import { pgPool } from "@/lib/pg";
import type { SubmittedOpinion } from "./submit-opinion";
import { consultationState } from "./workflow";

export type IntakeRow = {
  id: string | null;
  receipt: string | null;
  tenant: string | null;
  signInRequired: boolean;
  limited: boolean;
  retry: number;
  consultation: boolean;
  article: boolean;
  area: boolean;
};

/** Thrown for a rate-limited request; the route handler turns `retryAfterSeconds` into Retry-After. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", "opinionRateLimited", { seconds: retryAfterSeconds });
  }
}

type Asked = {
  key: string | null;
  requestHash: string;
  articleId: string | null;
  area: string | null;
  signedIn: boolean;
};

export async function explainRefusal(consultationId: string, row: IntakeRow, asked: Asked): Promise<SubmittedOpinion> {
  if (!row.tenant) throw new AppError("NOT_FOUND");
  if (row.limited) throw new RateLimitedError(Math.max(1, row.retry));
  const db = pgPool();
  if (!row.consultation) {
    const { rows } = await db.query<{
      startsAt: Date;
      endsAt: Date;
      dispositionsPublishedAt: Date | null;
      channels: string;
    }>(
      `SELECT "startsAt", "endsAt", "dispositionsPublishedAt", "channels"::text AS "channels" FROM "Consultation" WHERE "tenantId" = $1::uuid AND "id" = $2::uuid`,
      [row.tenant, consultationId],
    );
    const c = rows[0];
    if (!c) throw new AppError("NOT_FOUND");
    const state = consultationState(c);
    if (state === "SCHEDULED") throw new AppError("CONFLICT", "consultationNotOpenYet", { startsAt: c.startsAt });
    if (state !== "OPEN") throw new AppError("CONFLICT", "consultationClosed", { endsAt: c.endsAt });
    if (row.signInRequired && !asked.signedIn) throw new AppError("UNAUTHENTICATED", "signInToComment");
    throw new AppError("FORBIDDEN", "publicChannelClosed");
  }
  if (asked.key !== null) {
    const { rows } = await db.query<{ receiptCode: string; requestHash: string | null }>(
      `SELECT "receiptCode", "requestHash" FROM "Opinion" WHERE "tenantId" = $1::uuid AND "consultationId" = $2::uuid AND "idempotencyKey" = $3`,
      [row.tenant, consultationId, asked.key],
    );
    const earlier = rows[0];
    if (earlier) {
      if (earlier.requestHash !== asked.requestHash) throw new AppError("VALIDATION", "idempotencyKeyReused");
      return { receiptCode: earlier.receiptCode, replayed: true };
    }
  }
  if (asked.articleId !== null && !row.article)
    throw new AppError("VALIDATION", "VALIDATION", {}, { articleId: ["articleNotInDraft"] });
  if (asked.area !== null && !row.area) throw new AppError("VALIDATION", "VALIDATION", {}, { area: ["areaUnknown"] });
  throw new AppError("CONFLICT", "duplicate");
}
