// The citizen's side of the JSON API: a message's receipt (GET /api/v1/{city}/receipts/{code}, after the other
// kinds of receipt) and its rating (POST …/rating), both through the public paths of lib/.
import type { RequestContext } from "@/lib/action";
import { executePublicAction } from "@/lib/public-action";
import { rateMessage } from "./rate-message";

/** Rates by the code in the URL; a code in the body is ignored (the URL names the message). */
export function rateMessageForApi(slug: string, code: string, body: unknown, ctx: RequestContext) {
  const input = body && typeof body === "object" && !Array.isArray(body) ? { ...body, code } : { code, rating: body };
  return executePublicAction(rateMessage, slug, input, ctx);
}
