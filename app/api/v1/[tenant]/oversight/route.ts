// GET ?year=&kind=: the city's published oversight activities of a year and the plan's progress; bad parameters
// → 422 with fieldErrors; an unknown city → 404.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { listOversightForApi } from "@/lib/modules/oversight";
import { respondPublic } from "@/lib/public-read";
import { queryObject } from "@/lib/query";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) =>
    respondPublic(await listOversightForApi(tenant, queryObject(req.nextUrl.searchParams), ctx)),
  );
}
