// GET: a closed poll's results (counts per item and option, turnout, a named vote's pass decision); unknown or
// another city's poll → 404; not closed yet → 409.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { getPollResultsForApi } from "@/lib/modules/votes";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => respondPublic(await getPollResultsForApi(tenant, id, ctx)));
}
