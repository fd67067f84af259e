// GET: consultations on draft regulations with their windows and counts (?status=open: only those open now).
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { queryObject } from "@/lib/query";
import { listConsultationsForApi } from "@/lib/modules/consultation";
import { respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) =>
    respondPublic(await listConsultationsForApi(tenant, queryObject(req.nextUrl.searchParams), ctx)),
  );
}
