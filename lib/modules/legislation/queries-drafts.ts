// Read side: a draft version article by article, and two versions compared.
import { isUuid } from "@/lib/ids";
import { forTenant } from "@/lib/db";
import { compareDrafts } from "./draft-compare";
import type { ParsedArticle, ParsedChapter } from "./draft-parser";

export async function getDraftVersion(tenantId: string, id: string, opts: { publishedOnly?: boolean } = {}) {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const version = await db.draftVersion.findFirst({
    where: { id, ...(opts.publishedOnly ? { publishedAt: { not: null } } : {}) },
  });
  if (!version) return null;
  const articles = await db.draftArticle.findMany({ where: { draftVersionId: id }, orderBy: { ordinal: "asc" } });
  const regulation = await db.regulation.findFirst({
    where: { id: version.regulationId },
    select: { id: true, title: true, stage: true },
  });
  return { version: { ...version, chapters: version.chapters as unknown as ParsedChapter[] }, regulation, articles };
}

function asParsed(a: {
  number: number;
  suffix: number;
  label: string;
  chapter: number | null;
  section: number | null;
  text: string;
  clauses: unknown;
}): ParsedArticle {
  return {
    number: a.number,
    suffix: a.suffix,
    label: a.label,
    chapter: a.chapter,
    section: a.section,
    text: a.text,
    clauses: (a.clauses as ParsedArticle["clauses"]) ?? [],
  };
}

/** Compare two versions of the same regulation, article by article. */
export async function compareDraftVersions(tenantId: string, fromId: string, toId: string) {
  const [from, to] = await Promise.all([getDraftVersion(tenantId, fromId), getDraftVersion(tenantId, toId)]);
  if (!from || !to || from.version.regulationId !== to.version.regulationId) return null;
  return {
    from: from.version,
    to: to.version,
    regulation: to.regulation,
    changes: compareDrafts(from.articles.map(asParsed), to.articles.map(asParsed)),
  };
}
