import "server-only";
// GET /api/v1/{city}/polls/{id}/results: the counts of a closed poll (never a ballot, never a voter). Unknown or
// another city's poll → 404; a poll not yet closed → 409, so no one watches counts move while it is open.
import type { RequestContext } from "@/lib/action";
import { forTenant } from "@/lib/db";
import { AppError, type Result } from "@/lib/errors";
import { executePublicRead } from "@/lib/public-read";
import { getPollResults, type PollResults } from "./face";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function getPollResultsForApi(
  tenantSlug: string,
  pollId: string,
  request: RequestContext,
): Promise<Result<PollResults>> {
  return executePublicRead(tenantSlug, request, async (tenant) => {
    if (!UUID.test(pollId)) return null;
    const poll = await forTenant(tenant.id).poll.findFirst({
      where: { tenantId: tenant.id, id: pollId },
      select: { status: true },
    });
    if (!poll) return null;
    if (poll.status !== "CLOSED") throw new AppError("CONFLICT", "votes.errors.notClosed");
    return getPollResults(tenant.id, pollId);
  });
}
