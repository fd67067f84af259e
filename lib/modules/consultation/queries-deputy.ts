// The deputy channel's reads for the console: the consultations open to deputies now (DEPUTY among their
// channels), and one of them with its draft's articles to comment on and the deputy's own opinions with their
// receipt codes. Another city's id, or a consultation not open to deputies, reads as none.
import { forTenant } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { getDraftVersion } from "@/lib/modules/legislation/pages";
import { consultationState, type ConsultationState } from "./workflow";

export type DeputyConsultationRow = { id: string; title: string; endsAt: Date; mine: number };

export async function openDeputyConsultations(tenantId: string, memberId: string): Promise<DeputyConsultationRow[]> {
  const db = forTenant(tenantId);
  const now = new Date();
  const rows = await db.consultation.findMany({
    where: { channels: { has: "DEPUTY" }, startsAt: { lte: now }, endsAt: { gt: now }, dispositionsPublishedAt: null },
    orderBy: [{ endsAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, endsAt: true },
    take: 50,
  });
  if (rows.length === 0) return [];
  const mine = await db.opinion.groupBy({
    by: ["consultationId"],
    where: { consultationId: { in: rows.map((r) => r.id) }, channel: "DEPUTY", submittedById: memberId },
    _count: { _all: true },
  });
  const count = new Map(mine.map((m) => [m.consultationId, m._count._all]));
  return rows.map((r) => ({ ...r, mine: count.get(r.id) ?? 0 }));
}

export type DeputyConsultation = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  state: ConsultationState;
  takesDeputies: boolean;
  articles: { id: string; label: string; text: string }[];
  mine: { receiptCode: string; articleLabel: string | null; content: string; createdAt: Date }[];
};

export async function deputyConsultation(
  tenantId: string,
  memberId: string,
  id: string,
): Promise<DeputyConsultation | null> {
  if (!isUuid(id)) return null;
  const db = forTenant(tenantId);
  const c = await db.consultation.findFirst({ where: { id } });
  if (!c) return null;
  const [draft, mine] = await Promise.all([
    getDraftVersion(tenantId, c.draftVersionId),
    db.opinion.findMany({
      where: { consultationId: c.id, channel: "DEPUTY", submittedById: memberId },
      orderBy: { createdAt: "desc" },
      select: { receiptCode: true, articleId: true, content: true, createdAt: true },
      take: 200,
    }),
  ]);
  const articles = (draft?.articles ?? []).map((a) => ({ id: a.id, label: a.label, text: a.text }));
  const label = new Map(articles.map((a) => [a.id, a.label]));
  return {
    id: c.id,
    title: c.title,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    state: consultationState(c),
    takesDeputies: c.channels.includes("DEPUTY"),
    articles,
    mine: mine.map((m) => ({
      receiptCode: m.receiptCode,
      articleLabel: m.articleId ? (label.get(m.articleId) ?? null) : null,
      content: m.content,
      createdAt: m.createdAt,
    })),
  };
}
