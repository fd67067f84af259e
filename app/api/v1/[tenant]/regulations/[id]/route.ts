// GET: one public regulation with its timeline and its published draft versions.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { getRegulationForApi } from "@/lib/modules/legislation";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => respondPublic(await getRegulationForApi(tenant, id, ctx)));
}
