// GET ?q=&district=&level=&term=&delegation=&status=: the filtered registry as .xlsx (phones masked), named with
// the city and the day. Session and deputy.view checked like any read; another city's session → 404.
import { NextResponse, type NextRequest } from "next/server";
import { resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";
import { getTranslator } from "@/lib/i18n/translate";
import { deputiesXlsxStream, deputyListFilterSchema, xlsxContentType, xlsxDisposition } from "@/lib/modules/deputies";
import { queryObject } from "@/lib/query";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant: slug } = await params;
  return handle(req, async (ctx) => {
    const { tenant, member } = await resolveMember(slug, ctx);
    if (!can(member.roles, "deputy.view")) throw new AppError("FORBIDDEN");
    const { page: _page, ...filter } = deputyListFilterSchema.parse(queryObject(req.nextUrl.searchParams));
    const t = await getTranslator(ctx.locale);
    const name = t("deputies.export.filename" as never, { city: tenant.shortName, date: todayInShanghai() } as never);
    return new NextResponse(await deputiesXlsxStream(tenant.id, filter, ctx.locale), {
      headers: {
        "Content-Type": xlsxContentType,
        "Content-Disposition": xlsxDisposition(name as string),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
