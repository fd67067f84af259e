// GET: the city's published five-year and annual plans (public, no sign-in).
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { listPlansForApi } from "@/lib/modules/legislation";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) => respondPublic(await listPlansForApi(tenant, ctx)));
}
