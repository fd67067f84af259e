// GET: a file of the released answer to a citizen's message, by the message's receipt code (no sign-in); 404 for
// anything else (an unreleased or sent-back reply's file, another message's, another city's).
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { serveReceiptFile } from "@/lib/modules/citizen-messages";

type Params = { params: Promise<{ tenant: string; code: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, code, id } = await params;
  return handle(req, (ctx) => serveReceiptFile(tenant, code, id, ctx));
}
