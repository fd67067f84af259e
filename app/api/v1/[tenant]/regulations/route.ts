// GET ?stage=&year=&limit=&offset=: the regulations the public may see; bad parameters → 422 with fieldErrors.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { queryObject } from "@/lib/query";
import { listRegulationsForApi } from "@/lib/modules/legislation";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) =>
    respondPublic(await listRegulationsForApi(tenant, queryObject(req.nextUrl.searchParams), ctx)),
  );
}
