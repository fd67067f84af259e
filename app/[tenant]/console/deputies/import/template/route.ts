// GET: the import template (.xlsx) with this city's constituencies on its second sheet.
import { NextResponse, type NextRequest } from "next/server";
import { resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";
import { getTranslator } from "@/lib/i18n/translate";
import { importTemplateXlsx, xlsxContentType, xlsxDisposition } from "@/lib/modules/deputies";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant: slug } = await params;
  return handle(req, async (ctx) => {
    const { tenant, member } = await resolveMember(slug, ctx);
    if (!can(member.roles, "deputy.manage")) throw new AppError("FORBIDDEN");
    const t = await getTranslator(ctx.locale);
    const body = await importTemplateXlsx(tenant.id);
    return new NextResponse(new Uint8Array(body), {
      headers: {
        "Content-Type": xlsxContentType,
        "Content-Disposition": xlsxDisposition(`${tenant.shortName}${t("deputies.import.template" as never)}`),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
