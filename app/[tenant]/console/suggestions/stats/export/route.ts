// GET ?year=&session=&key=: the suggestions' rates as .xlsx, the same figures as the page. Session and
// suggestion.stats checked like the page; another city's session → 404; a bad parameter → 422 in the reader's
// language.
import { NextResponse, type NextRequest } from "next/server";
import { resolveMember } from "@/lib/action";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";
import { getTranslator } from "@/lib/i18n/translate";
import {
  cachedSuggestionStats,
  sessionsOfYear,
  suggestionStatsQuery,
  suggestionStatsQuerySchema,
  suggestionStatsWorkbook,
} from "@/lib/modules/suggestions";
import { queryObject, withoutEmpty } from "@/lib/query";
import { parseInput } from "@/lib/validation";

type Params = { params: Promise<{ tenant: string }> };

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(req: NextRequest, { params }: Params) {
  const { tenant: slug } = await params;
  return handle(req, async (ctx) => {
    const { tenant, member } = await resolveMember(slug, ctx);
    if (!can(member.roles, "suggestion.stats")) throw new AppError("FORBIDDEN");
    const t = await getTranslator(ctx.locale);
    const q = suggestionStatsQuery(
      parseInput(suggestionStatsQuerySchema, withoutEmpty(queryObject(req.nextUrl.searchParams)), ctx.locale, t),
    );
    const [stats, sessions] = await Promise.all([
      cachedSuggestionStats(tenant.id, q),
      sessionsOfYear(tenant.id, q.year),
    ]);
    const session = sessions.find((s) => s.id === stats.query.session)?.name ?? null;
    const name = `${tenant.shortName}-${t("suggestionStats.title" as never)}-${q.year}`;
    const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new NextResponse(
      new Uint8Array(await suggestionStatsWorkbook(stats, tenant.fullName, session, ctx.locale)),
      {
        headers: {
          "Content-Type": XLSX,
          "Content-Disposition": `attachment; filename="${ascii}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`,
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      },
    );
  });
}
