// How an intake result is answered over HTTP, the same from the Next route and the server's fast path:
// 201 { data: { receiptCode, trackUrl } } (a replayed Idempotency-Key too, marked Idempotent-Replayed), or
// { error: { code, message, fieldErrors? } } with its status and, when rate limited, Retry-After.
import { ERROR_STATUS } from "@/lib/errors";
import type { SubmitMessageResult } from "./submit-message";

export function messageIntakeResponse(result: SubmitMessageResult): {
  status: number;
  headers: Record<string, string>;
  body: string;
} {
  const headers: Record<string, string> = { "content-type": "application/json", "cache-control": "no-store" };
  if (result.ok) {
    if (result.data.replayed) headers["idempotent-replayed"] = "true";
    const { receiptCode, trackUrl } = result.data;
    return { status: 201, headers, body: JSON.stringify({ data: { receiptCode, trackUrl } }) };
  }
  if (result.retryAfterSeconds) headers["retry-after"] = String(result.retryAfterSeconds);
  return { status: ERROR_STATUS[result.error.code], headers, body: JSON.stringify({ error: result.error }) };
}
