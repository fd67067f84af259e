// GET: a special inquiry's public record (published, its vote over); anything else, or another city's → 404.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { getInquiryForApi } from "@/lib/modules/oversight";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => respondPublic(await getInquiryForApi(tenant, id, ctx)));
}
