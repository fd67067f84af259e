// The suggestions' public API (no sign-in): GET /api/v1/{city}/suggestions — published suggestions with their
// replies, public fields only, one page at a time; GET /api/v1/{city}/suggestions/stats — the rates of a year.
// The city comes from the URL (unknown → 404). A bad query value answers 400 naming the parameter, in the
// reader's language.
import type { z } from "zod";
import type { RequestContext } from "@/lib/action";
import { todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { executePublicRead } from "@/lib/public-read";
import { withoutEmpty } from "@/lib/query";
import { listPublishedSuggestions } from "./queries-public";
import { cachedSuggestionStats } from "./queries-stats";
import { publicSuggestionsQuerySchema, publicSuggestionStatsQuerySchema } from "./schemas-stats";
import { suggestionSettings } from "./settings";

type Parse = <S extends z.ZodType>(schema: S, raw: unknown) => z.infer<S>;

/** A query that does not parse is a bad request (400), not a refused submission (422): the fields say which. */
function parseQuery<S extends z.ZodType>(parse: Parse, schema: S, raw: Record<string, string>): z.infer<S> {
  try {
    return parse(schema, withoutEmpty(raw));
  } catch (err) {
    if (err instanceof AppError && err.code === "VALIDATION")
      throw new AppError("BAD_REQUEST", "suggestionsPublic.errors.badQuery", {}, err.fieldErrors);
    throw err;
  }
}

export const listSuggestionsForApi = (slug: string, query: Record<string, string>, ctx: RequestContext) =>
  executePublicRead(slug, ctx, async (tenant, parse) => {
    const q = parseQuery(parse, publicSuggestionsQuerySchema, query);
    const page = { limit: q.limit, offset: q.offset };
    // A city that does not publish lists nothing (its figures are still public).
    if (!suggestionSettings(tenant.settings).publish) return { suggestions: [], total: 0, ...page, published: false };
    const { rows, total } = await listPublishedSuggestions(
      tenant.id,
      { year: q.year, session: q.session, unit: q.unit, status: q.status },
      page,
    );
    return { suggestions: rows, total, ...page, published: true };
  });

export const suggestionStatsForApi = (slug: string, query: Record<string, string>, ctx: RequestContext) =>
  executePublicRead(slug, ctx, async (tenant, parse) => {
    const q = parseQuery(parse, publicSuggestionStatsQuerySchema, query);
    const year = q.year ?? Number(todayInShanghai().slice(0, 4));
    return cachedSuggestionStats(tenant.id, { year, session: null, key: null });
  });
