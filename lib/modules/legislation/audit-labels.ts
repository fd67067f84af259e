// Human names of the legislation module's audited objects (manifest `auditLabels`): titles, a draft version's
// title and label (征求意见稿), a field of law's and an article's name.
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

type Titled = { id: string; title: string };
const byTitle = (rows: Titled[]) => new Map(rows.map((r) => [r.id, r.title]));
const titled = { id: true, title: true } as const;
const where = (ids: string[]) => ({ id: { in: ids } });

export const auditLabels: AuditLabeler = {
  Regulation: async (tenantId, ids) =>
    byTitle(await forTenant(tenantId).regulation.findMany({ where: where(ids), select: titled })),
  LegislativeProposal: async (tenantId, ids) =>
    byTitle(await forTenant(tenantId).legislativeProposal.findMany({ where: where(ids), select: titled })),
  ProposalCall: async (tenantId, ids) =>
    byTitle(await forTenant(tenantId).proposalCall.findMany({ where: where(ids), select: titled })),
  LegislativePlan: async (tenantId, ids) =>
    byTitle(await forTenant(tenantId).legislativePlan.findMany({ where: where(ids), select: titled })),
  PlanItem: async (tenantId, ids) =>
    byTitle(await forTenant(tenantId).planItem.findMany({ where: where(ids), select: titled })),
  DraftVersion: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).draftVersion.findMany({
      where: where(ids),
      select: { id: true, title: true, label: true },
    });
    return new Map(rows.map((d) => [d.id, `${d.title} · ${d.label}`]));
  },
  DraftArticle: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).draftArticle.findMany({
      where: where(ids),
      select: { id: true, label: true },
    });
    return new Map(rows.map((a) => [a.id, a.label]));
  },
  LegalField: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).legalField.findMany({ where: where(ids), select: { id: true, name: true } });
    return new Map(rows.map((f) => [f.id, f.name]));
  },
};
