// GET: what became of something a citizen submitted, by its receipt code (for now: proposals). Never contact details.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { getReceiptForApi, respondPublic } from "@/lib/modules/legislation/public-api";

type Params = { params: Promise<{ tenant: string; code: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, code } = await params;
  return handle(req, async (ctx) => respondPublic(await getReceiptForApi(tenant, code, ctx), "private"));
}
