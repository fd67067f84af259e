// How an intake result is answered over HTTP, the same from the Next route and the server's fast path:
// 201 { data: { receiptCode } } (a replayed Idempotency-Key too, marked Idempotent-Replayed), or the error with
// its status and, when rate limited, Retry-After.
import { ERROR_STATUS } from "@/lib/errors";
import type { SubmitOpinionResult } from "./submit-opinion";

export function opinionResponse(result: SubmitOpinionResult): {
  status: number;
  headers: Record<string, string>;
  body: string;
} {
  const headers: Record<string, string> = { "content-type": "application/json", "cache-control": "no-store" };
  if (result.ok) {
    if (result.data.replayed) headers["idempotent-replayed"] = "true";
    return { status: 201, headers, body: JSON.stringify({ data: { receiptCode: result.data.receiptCode } }) };
  }
  if (result.retryAfterSeconds) headers["retry-after"] = String(result.retryAfterSeconds);
  return { status: ERROR_STATUS[result.error.code], headers, body: JSON.stringify({ error: result.error }) };
}
