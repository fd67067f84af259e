// POST { rating: "SATISFIED" | "BASIC" | "UNSATISFIED" (or 满意 / 基本满意 / 不满意), comment? }: the citizen rates
// the released answer to their message, by its receipt code — the tracking page's action. 201 with the new
// status; 404 unknown code; 409 not released yet or rated already; 422 bad input; 429 too many.
import type { NextRequest } from "next/server";
import { handle, readJson, respond } from "@/lib/http";
import { rateMessageForApi } from "@/lib/modules/citizen-messages";

type Params = { params: Promise<{ tenant: string; code: string }> };

export async function POST(req: NextRequest, { params }: Params) {
  const { tenant, code } = await params;
  return handle(req, async (ctx) => respond(await rateMessageForApi(tenant, code, await readJson(req), ctx), 201));
}
