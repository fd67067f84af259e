// GET ?year=&limit=&offset=: the city's filed normative documents of a year (备案审查 annual list), public fields
// only; a bad parameter → 400 naming it, an unknown city → 404.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { listFilingsForApi } from "@/lib/modules/filings";
import { respondPublic } from "@/lib/public-read";
import { queryObject } from "@/lib/query";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) =>
    respondPublic(await listFilingsForApi(tenant, queryObject(req.nextUrl.searchParams), ctx)),
  );
}
