// The intake statement stored nothing: say exactly why, or answer a replayed Idempotency-Key as the first time.
// Only a refusal comes here, so one plain query more is fine (pg, like the intake, to need no ORM on this path).
import { AppError } from "@/lib/errors";
import { pgPool } from "@/lib/pg";
import type { MessageIntakeRow } from "./intake-sql";

/** Thrown for a rate-limited request; the answer carries `retryAfterSeconds` as Retry-After. */
export class MessageRateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    which: "client" | "station",
  ) {
    super(
      "RATE_LIMITED",
      which === "client"
        ? "citizenMessagesIntake.errors.rateLimitedClient"
        : "citizenMessagesIntake.errors.rateLimitedStation",
      { seconds: retryAfterSeconds },
    );
  }
}

export type SubmittedMessage = { receiptCode: string; replayed: boolean };

type Asked = {
  stationId: string;
  key: string | null;
  requestHash: string;
  deputyId: string | null;
  areaId: string | null;
};

export async function explainMessageRefusal(row: MessageIntakeRow, asked: Asked): Promise<SubmittedMessage> {
  if (!row.tenant || row.stationOpen === null) throw new AppError("NOT_FOUND");
  if (!row.stationOpen) throw new AppError("CONFLICT", "citizenMessages.errors.stationClosed");
  // A retry of a message already taken gets its receipt, even when the retries themselves ran into the limit.
  if (asked.key !== null) {
    const { rows } = await pgPool().query<{ receiptCode: string; requestHash: string | null }>(
      `SELECT "receiptCode", "requestHash" FROM "CitizenMessage" WHERE "tenantId" = $1::uuid AND "stationId" = $2::uuid AND "idempotencyKey" = $3`,
      [row.tenant, asked.stationId, asked.key],
    );
    const earlier = rows[0];
    if (earlier) {
      if (earlier.requestHash !== asked.requestHash)
        throw new AppError("VALIDATION", "citizenMessagesIntake.errors.idempotencyKeyReused");
      return { receiptCode: earlier.receiptCode, replayed: true };
    }
  }
  if (row.limited) throw new MessageRateLimitedError(Math.max(1, row.retry), row.clientLimited ? "client" : "station");
  const fieldErrors: Record<string, string[]> = {};
  if (!row.category) fieldErrors.category = ["citizenMessages.errors.categoryUnknown"];
  if (asked.deputyId !== null && !row.deputy) fieldErrors.deputyId = ["citizenMessages.errors.deputyNotInStation"];
  if (asked.areaId !== null && !row.area) fieldErrors.areaId = ["citizenMessagesIntake.errors.areaUnknown"];
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", "VALIDATION", {}, fieldErrors);
  throw new AppError("CONFLICT", "duplicate");
}
