// POST: a citizen's legislative proposal (no sign-in) — the portal form's action; 201 { data: { receiptCode } }.
import type { NextRequest } from "next/server";
import { handle, readJson, respond } from "@/lib/http";
import { submitProposalForApi } from "@/lib/modules/legislation";

type Params = { params: Promise<{ tenant: string }> };

export async function POST(req: NextRequest, { params }: Params) {
  const { tenant } = await params;
  return handle(req, async (ctx) => respond(await submitProposalForApi(tenant, await readJson(req), ctx), 201));
}
