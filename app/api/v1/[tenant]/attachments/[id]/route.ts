// GET one attachment (?variant=phone: a photo's phone-sized copy): a download of the detected type, for readers
// the attachment allows. The module decides everything (lib/modules/attachments/serve-http.ts).
import type { NextRequest } from "next/server";
import { handle } from "@/lib/http";
import { serveAttachment } from "@/lib/modules/attachments";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant, id } = await params;
  return handle(req, (ctx) =>
    serveAttachment(
      tenant,
      id,
      { variant: req.nextUrl.searchParams.get("variant"), ifNoneMatch: req.headers.get("if-none-match") },
      ctx,
    ),
  );
}
