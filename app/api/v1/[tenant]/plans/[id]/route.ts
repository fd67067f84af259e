// GET: one published plan with its items and each item's current stage; unpublished or unknown → 404.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { getPlanForApi } from "@/lib/modules/legislation";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => respondPublic(await getPlanForApi(tenant, id, ctx)));
}
