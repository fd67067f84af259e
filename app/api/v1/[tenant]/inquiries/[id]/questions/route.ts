// POST: the session page's sync of one question (with its answer) recorded live; idempotent on `clientKey`
// (a retry stores once). Through the action path: sign-in, the city, inquiry.record, zod, audit; JSON errors.
import type { NextRequest } from "next/server";
import { executeAction } from "@/lib/action";
import { handle, readJson, respond } from "@/lib/http";
import { recordQuestion } from "@/lib/modules/oversight";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function POST(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, async (ctx) => {
    const body = await readJson(req);
    const input = typeof body === "object" && body !== null ? { ...body, inquiryId: id } : body;
    return respond(await executeAction(recordQuestion, tenant, input, ctx));
  });
}
