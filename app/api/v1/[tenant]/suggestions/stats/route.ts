// GET ?year=: the rates of the city's suggestions in a year (this year by default) — the total and per unit
// (ranked), category, delegation, session, year and key/ordinary; a bad parameter → 400, an unknown city → 404.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { suggestionStatsForApi } from "@/lib/modules/suggestions";
import { respondPublic } from "@/lib/public-read";
import { queryObject } from "@/lib/query";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) =>
    respondPublic(await suggestionStatsForApi(tenant, queryObject(req.nextUrl.searchParams), ctx)),
  );
}
