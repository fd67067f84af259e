// GET: one station's public fields, the deputies grouped there (name, level, role) and its next reception days.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { getStationForApi } from "@/lib/modules/stations";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => respondPublic(await getStationForApi(tenant, id, ctx)));
}
