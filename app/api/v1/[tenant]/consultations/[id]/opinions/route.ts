// POST: a citizen's opinion on a draft under consultation (no sign-in unless the city requires it).
// Header Idempotency-Key: a retry with the same key answers the same receipt code and stores nothing new.
import type { NextRequest } from "next/server";
import { postOpinion } from "@/lib/modules/consultation";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function POST(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return postOpinion(req, tenant, id);
}
