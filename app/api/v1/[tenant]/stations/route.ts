// GET ?district=&kind=&limit=&offset=: one page of the city's active liaison stations (public fields), how many
// match, and the page's limit and offset; bad parameters → 422
// with fieldErrors in the reader's language.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { queryObject } from "@/lib/query";
import { listStationsForApi } from "@/lib/modules/stations";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) =>
    respondPublic(await listStationsForApi(tenant, queryObject(req.nextUrl.searchParams), ctx)),
  );
}
