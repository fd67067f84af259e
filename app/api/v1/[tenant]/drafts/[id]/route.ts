// GET: a published draft version, article by article (chapters, sections, 款 and 项); unpublished → 404.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { getDraftForApi } from "@/lib/modules/legislation";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => respondPublic(await getDraftForApi(tenant, id, ctx)));
}
