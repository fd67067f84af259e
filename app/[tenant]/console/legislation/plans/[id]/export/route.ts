// GET …/plans/{id}/export?format=docx|xlsx: a five-year or annual plan and its progress in printed form, named
// <plan title>_<YYYYMMDD>. Session and legislation.view checked like the plan's console page; another tenant's
// plan answers 404. The module builds the file; nothing here but the checks and the headers.
import { NextResponse, type NextRequest } from "next/server";
import { resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";
import { isUuid } from "@/lib/ids";
import { planExportFile } from "@/lib/modules/legislation";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant: slug, id } = await params;
  return handle(req, async (ctx) => {
    const { tenant, member } = await resolveMember(slug, ctx);
    if (!can(member.roles, "legislation.view")) throw new AppError("FORBIDDEN");
    const format = req.nextUrl.searchParams.get("format") ?? "docx";
    if (format !== "xlsx" && format !== "docx") throw new AppError("BAD_REQUEST");
    if (!isUuid(id)) throw new AppError("NOT_FOUND");
    const file = await planExportFile(tenant.id, id, format, ctx.locale);
    if (!file) throw new AppError("NOT_FOUND");
    return new NextResponse(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": file.disposition,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
