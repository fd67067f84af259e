// A regulation's consultations, for its page in the legislation console (and its timeline): each with its
// window, state, draft and opinion counts, oldest first. Read through the consultation face, so the legislation
// module never reads these tables itself.
import { forTenant } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { countByConsultation } from "./queries-consultations";
import { consultationState, type ConsultationState } from "./workflow";

export type RegulationConsultation = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  state: ConsultationState;
  dispositionsPublishedAt: Date | null;
  draftLabel: string;
  opinions: number;
  pending: number;
};

export async function consultationsOfRegulation(
  tenantId: string,
  regulationId: string,
): Promise<RegulationConsultation[]> {
  if (!isUuid(regulationId)) return [];
  const db = forTenant(tenantId);
  const rows = await db.consultation.findMany({
    where: { regulationId },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      dispositionsPublishedAt: true,
      draftVersionId: true,
    },
    take: 50,
  });
  if (rows.length === 0) return [];
  const [drafts, counts] = await Promise.all([
    db.draftVersion.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.draftVersionId))] } },
      select: { id: true, label: true },
    }),
    countByConsultation(
      tenantId,
      rows.map((r) => r.id),
    ),
  ]);
  const label = new Map(drafts.map((d) => [d.id, d.label]));
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    state: consultationState(r, now),
    dispositionsPublishedAt: r.dispositionsPublishedAt,
    draftLabel: label.get(r.draftVersionId) ?? "",
    opinions: counts.get(r.id)?.total ?? 0,
    pending: counts.get(r.id)?.pending ?? 0,
  }));
}
