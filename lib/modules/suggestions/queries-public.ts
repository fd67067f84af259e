// The published suggestions of a city with their replies, for its public page and the public API: public fields
// only — the number, title, kind, timing, category, the lead deputy's name (deputies are public officials), the
// lead unit, the status and reply category, and each reply's category, text, promised day and date. Never a
// phone, never a co-signer's contact, never the suggestion's internal records. Nothing where the city does not
// publish (suggestionSettings(...).publish).
import { forTenant } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deputiesByIds } from "@/lib/modules/deputies";
import type { ReplyCategory, ReplyKind, SuggestionKind, SuggestionStatus, SuggestionTiming } from "./workflow";

export type PublicSuggestionReply = {
  kind: ReplyKind;
  category: ReplyCategory;
  body: string;
  /** C: why it is kept for reference. */
  reason: string | null;
  /** B: the day by which it will be solved. */
  promisedOn: string | null;
  repliedAt: string;
};

export type PublicSuggestion = {
  id: string;
  year: number;
  number: number | null;
  kind: SuggestionKind;
  timing: SuggestionTiming;
  sessionId: string | null;
  title: string;
  category: string;
  leadDeputy: string;
  leadUnitId: string | null;
  leadUnit: string | null;
  status: SuggestionStatus;
  replyCategory: ReplyCategory | null;
  publishedAt: string;
  replies: PublicSuggestionReply[];
};

export type PublicSuggestionFilter = {
  year?: number;
  session?: string;
  unit?: string;
  status?: SuggestionStatus;
};

export async function listPublishedSuggestions(
  tenantId: string,
  f: PublicSuggestionFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: PublicSuggestion[]; total: number }> {
  const db = forTenant(tenantId);
  const where: Prisma.SuggestionWhereInput = {
    publishedAt: { not: null },
    ...(f.year !== undefined ? { year: f.year } : {}),
    ...(f.session ? { sessionId: f.session } : {}),
    ...(f.unit ? { leadUnitId: f.unit } : {}),
    ...(f.status ? { status: f.status } : {}),
  };
  const [found, total] = await Promise.all([
    db.suggestion.findMany({
      where,
      orderBy: [{ year: "desc" }, { kind: "asc" }, { number: "asc" }, { id: "asc" }],
      skip: page.offset,
      take: page.limit,
      select: {
        id: true,
        year: true,
        number: true,
        kind: true,
        timing: true,
        sessionId: true,
        title: true,
        category: true,
        leadDeputyId: true,
        leadUnitId: true,
        status: true,
        replyCategory: true,
        publishedAt: true,
      },
    }),
    db.suggestion.count({ where }),
  ]);
  const ids = found.map((s) => s.id);
  const unitIds = [...new Set(found.flatMap((s) => (s.leadUnitId ? [s.leadUnitId] : [])))];
  const [replies, units, deputies] = await Promise.all([
    db.suggestionReply.findMany({
      where: { suggestionId: { in: ids } },
      orderBy: [{ createdAt: "asc" }],
      select: {
        suggestionId: true,
        kind: true,
        category: true,
        body: true,
        reason: true,
        promisedOn: true,
        createdAt: true,
      },
    }),
    db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }),
    deputiesByIds(
      tenantId,
      found.map((s) => s.leadDeputyId),
    ),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const rows = found.map(({ leadDeputyId, publishedAt, ...s }): PublicSuggestion => ({
    ...s,
    leadDeputy: deputies.get(leadDeputyId)?.name ?? "",
    leadUnit: s.leadUnitId ? (unitName.get(s.leadUnitId) ?? null) : null,
    publishedAt: publishedAt!.toISOString(),
    replies: replies
      .filter((r) => r.suggestionId === s.id)
      .map((r) => ({
        kind: r.kind,
        category: r.category,
        body: r.body,
        reason: r.category === "C" ? r.reason : null,
        promisedOn: r.promisedOn ? dateToDay(r.promisedOn) : null,
        repliedAt: r.createdAt.toISOString(),
      })),
  }));
  return { rows, total };
}
