// GET ?view=&year= or ?view=&from=&to=: the citizens' message statistics as .xlsx, the same figures as the page.
// Session and message.stats checked like the page; station staff get their own stations only; another city's
// session → 404; a bad parameter → 422 with a localized message.
import { NextResponse, type NextRequest } from "next/server";
import { resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";
import { getTranslator } from "@/lib/i18n/translate";
import {
  messageStats,
  messageStatsFilter,
  messageStatsPeriod,
  messageStatsQuerySchema,
  messageStatsWorkbook,
} from "@/lib/modules/citizen-messages";
import { queryObject } from "@/lib/query";
import { parseInput } from "@/lib/validation";

type Params = { params: Promise<{ tenant: string }> };

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant: slug } = await params;
  return handle(req, async (ctx) => {
    const { tenant, member } = await resolveMember(slug, ctx);
    if (!can(member.roles, "message.stats")) throw new AppError("FORBIDDEN");
    const t = await getTranslator(ctx.locale);
    const q = messageStatsPeriod(
      parseInput(messageStatsQuerySchema, queryObject(req.nextUrl.searchParams), ctx.locale, t),
    );
    const stats = await messageStats(tenant.id, q, messageStatsFilter(member));
    const name = `${tenant.shortName}-${t(`citizenMessageStats.title` as never)}-${q.from}-${q.to}`;
    const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new NextResponse(new Uint8Array(await messageStatsWorkbook(stats, tenant.fullName, ctx.locale)), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="${ascii}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
