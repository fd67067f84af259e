// GET …/letters/{letterId}: one 交办函 as .docx. The office downloads any of the city's letters, a unit only the
// ones sent to it; another city's letter (or another unit's) answers 404.
import { NextResponse, type NextRequest } from "next/server";
import { resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";
import { letterDocxContentType, letterDocxStream, letterUnit, viewerUnitIds } from "@/lib/modules/suggestions";
import { contentDisposition } from "@/lib/ooxml";

type Params = { params: Promise<{ tenant: string; letterId: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant: slug, letterId } = await params;
  return handle(req, async (ctx) => {
    const { tenant, member } = await resolveMember(slug, ctx);
    if (!can(member.roles, "suggestion.view")) throw new AppError("FORBIDDEN");
    const letter = await letterUnit(tenant.id, letterId);
    const mayRead = letter && (can(member.roles, "suggestion.manage") || viewerUnitIds(member).includes(letter.unitId));
    if (!mayRead) throw new AppError("NOT_FOUND");
    const doc = await letterDocxStream(tenant, letterId);
    if (!doc) throw new AppError("NOT_FOUND");
    return new NextResponse(doc.stream, {
      headers: {
        "Content-Type": letterDocxContentType,
        "Content-Disposition": contentDisposition(doc.name, "docx", "letter"),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
