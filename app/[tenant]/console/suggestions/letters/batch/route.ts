// GET …/letters/batch?year=2026&session=<id>: the office's batch of 交办函 of a year (or one session) as a .zip
// with one .docx per letter, streamed letter by letter as the download reads it.
import { NextResponse, type NextRequest } from "next/server";
import { resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";
import { isUuid } from "@/lib/ids";
import { letterBatchStream } from "@/lib/modules/suggestions";
import { contentDisposition } from "@/lib/ooxml";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant: slug } = await params;
  return handle(req, async (ctx) => {
    const { tenant, member } = await resolveMember(slug, ctx);
    if (!can(member.roles, "suggestion.manage")) throw new AppError("FORBIDDEN");
    const q = req.nextUrl.searchParams;
    const year = Number(q.get("year"));
    const session = q.get("session") || undefined;
    if (!Number.isInteger(year) || year < 2000 || year > 2100 || (session && !isUuid(session)))
      throw new AppError("BAD_REQUEST");
    const stream = await letterBatchStream(tenant, year, session);
    if (!stream) throw new AppError("NOT_FOUND");
    return new NextResponse(stream, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": contentDisposition(`交办函-${year}`, "zip", "letters"),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
