// GET ?district=&level=&delegation=&q=&limit=&offset=: the public directory of deputies in office, with the
// stations each is grouped into (the stations module's face); bad parameters → 422 with fieldErrors.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { listDeputiesForApi } from "@/lib/modules/deputies";
import { stationNamesByDeputy } from "@/lib/modules/stations";
import { respondPublic } from "@/lib/public-read";
import { queryObject } from "@/lib/query";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) =>
    respondPublic(await listDeputiesForApi(tenant, queryObject(req.nextUrl.searchParams), ctx, stationNamesByDeputy)),
  );
}
