// GET …/export?format=xlsx|docx: the 意见采纳情况汇总表 of one consultation, streamed as it is generated (the
// module writes it batch by batch; nothing here holds the file), named <regulation>_意见采纳情况汇总表_<YYYYMMDD>.
// Session and consultation.view checked like any read; another tenant's consultation answers 404.
import { NextResponse, type NextRequest } from "next/server";
import { resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";
import { isUuid } from "@/lib/ids";
import {
  docxContentType,
  docxDisposition,
  summaryDocxStream,
  summaryXlsxStream,
  xlsxContentType,
  xlsxDisposition,
} from "@/lib/modules/consultation";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant: slug, id } = await params;
  return handle(req, async (ctx) => {
    const { tenant, member } = await resolveMember(slug, ctx);
    if (!can(member.roles, "consultation.view")) throw new AppError("FORBIDDEN");
    const format = req.nextUrl.searchParams.get("format") ?? "xlsx";
    if (format !== "xlsx" && format !== "docx") throw new AppError("BAD_REQUEST");
    if (!isUuid(id)) throw new AppError("NOT_FOUND");
    const file =
      format === "xlsx"
        ? await summaryXlsxStream(tenant.id, id, { locale: ctx.locale })
        : await summaryDocxStream(tenant.id, id, { locale: ctx.locale });
    if (!file) throw new AppError("NOT_FOUND");
    return new NextResponse(file.stream, {
      headers: {
        "Content-Type": format === "xlsx" ? xlsxContentType : docxContentType,
        "Content-Disposition": format === "xlsx" ? xlsxDisposition(file.fileName) : docxDisposition(file.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
