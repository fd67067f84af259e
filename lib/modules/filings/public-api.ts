// The filing review's public API (no sign-in): GET /api/v1/{city}/filings?year=&limit=&offset= — the year's
// filed normative documents (this year by default) in the order they were filed, with their state, finding and,
// once closed, the issuer's response; never a document's reviewer or internal notes. Unknown city → 404; a bad
// parameter → 400 naming it, in the reader's language.
import type { RequestContext } from "@/lib/action";
import { todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { executePublicRead } from "@/lib/public-read";
import { withoutEmpty } from "@/lib/query";
import { filingYearCounts, listPublicFilings } from "./queries-filings";
import { publicFilingsQuerySchema } from "./schemas-filings";

export const listFilingsForApi = (slug: string, query: Record<string, string>, ctx: RequestContext) =>
  executePublicRead(slug, ctx, async (tenant, parse) => {
    let q;
    try {
      q = parse(publicFilingsQuerySchema, withoutEmpty(query));
    } catch (err) {
      if (err instanceof AppError && err.code === "VALIDATION")
        throw new AppError("BAD_REQUEST", "filings.errors.badQuery", {}, err.fieldErrors);
      throw err;
    }
    const year = q.year ?? Number(todayInShanghai().slice(0, 4));
    const [list, counts] = await Promise.all([
      listPublicFilings(tenant.id, year, { limit: q.limit, offset: q.offset }),
      filingYearCounts(tenant.id, year),
    ]);
    return { year, filings: list.rows, total: list.total, counts, limit: q.limit, offset: q.offset };
  });
