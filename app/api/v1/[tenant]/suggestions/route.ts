// GET ?year=&session=&unit=&status=&limit=&offset=: one page of the city's published suggestions with their
// replies (public fields only), how many match, and the page's limit and offset; a bad parameter → 400 naming it,
// an unknown city → 404. A city that does not publish answers an empty list (`published: false`).
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { listSuggestionsForApi } from "@/lib/modules/suggestions";
import { respondPublic } from "@/lib/public-read";
import { queryObject } from "@/lib/query";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) =>
    respondPublic(await listSuggestionsForApi(tenant, queryObject(req.nextUrl.searchParams), ctx)),
  );
}
