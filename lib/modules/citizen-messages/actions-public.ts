"use server";
// The citizen's server action on the tracking page: the same public action (and the same messages) as
// POST /api/v1/{city}/receipts/{code}/rating.
import { executePublicAction } from "@/lib/public-action";
import { getRequestContext } from "@/lib/request-context";
import { rateMessage } from "./rate-message";

export async function rateMessageAction(tenantSlug: string, input: unknown) {
  return executePublicAction(rateMessage, tenantSlug, input, await getRequestContext());
}
