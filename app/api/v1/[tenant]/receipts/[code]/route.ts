// GET: what became of something a citizen submitted, by its receipt code: a legislative proposal, an opinion on a
// draft (its disposition and reason once published), or a message to a liaison station (its public steps, the
// reply once released, whether it may be rated). Never contact details.
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { loadMessageReceipt } from "@/lib/modules/citizen-messages";
import { loadOpinionReceipt } from "@/lib/modules/consultation";
import { loadReceipt } from "@/lib/modules/legislation";
import { executePublicRead, respondPublic } from "@/lib/public-read";

type Params = { params: Promise<{ tenant: string; code: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, code } = await params;
  return handle(req, async (ctx) =>
    respondPublic(
      await executePublicRead(
        tenant,
        ctx,
        async (t) =>
          (await loadReceipt(t.id, code)) ??
          (await loadOpinionReceipt(t.id, code)) ??
          (await loadMessageReceipt(t.id, code)),
      ),
      "private",
    ),
  );
}
