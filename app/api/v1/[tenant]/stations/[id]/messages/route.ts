// POST: a citizen's message to the station (or one of its deputies), no sign-in. JSON, or multipart/form-data
// with up to four photos. Header Idempotency-Key: a retry with the same key and body answers the same receipt
// code and stores nothing new. Anonymous JSON posts under `npm start` are answered by the server's fast path.
import type { NextRequest } from "next/server";
import { postMessage } from "@/lib/modules/citizen-messages";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function POST(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return postMessage(req, tenant, id);
}
