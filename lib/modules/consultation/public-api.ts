// The consultation module's public JSON shapes (codes, not translated labels; instants as ISO strings), shared
// by the API routes. Loaders answer null for anything unknown, and the routes turn null into 404.
import { z } from "zod";
import type { RequestContext } from "@/lib/action";
import { executePublicRead } from "@/lib/public-read";
import { normaliseReceiptCode } from "@/lib/receipt";
import { listPublicConsultations } from "./queries-public";
import { findOpinionReceipt } from "./queries-receipts";
import type { ConsultationState, Disposition } from "./workflow";

export type PublicConsultationItem = {
  id: string;
  title: string;
  draftVersionId: string;
  regulationId: string;
  startsAt: string;
  endsAt: string;
  state: ConsultationState;
  opinionCount: number;
  peopleCount: number;
};

const listQuerySchema = z.strictObject({ status: z.enum(["open"]).optional() });

/** GET /api/v1/{tenant}/consultations?status=open */
export const listConsultationsForApi = (slug: string, query: Record<string, string>, ctx: RequestContext) =>
  executePublicRead(slug, ctx, async (tenant, parse): Promise<PublicConsultationItem[]> => {
    const { status } = parse(
      listQuerySchema,
      Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== "")),
    );
    const rows = await listPublicConsultations(tenant.id, { status });
    return rows.map((c) => ({ ...c, startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString() }));
  });

export type PublicOpinionReceipt = {
  kind: "opinion";
  code: string;
  consultationId: string;
  consultationTitle: string;
  article: string | null;
  submittedAt: string;
  status: "RECEIVED" | "DISPOSED";
  dispositionsPublished: boolean;
  disposition: Disposition | null;
  reason: string | null;
};

export async function loadOpinionReceipt(tenantId: string, typed: string): Promise<PublicOpinionReceipt | null> {
  const code = normaliseReceiptCode(typed);
  const r = code ? await findOpinionReceipt(tenantId, code) : null;
  if (!r) return null;
  return {
    kind: "opinion",
    code: r.receiptCode,
    consultationId: r.consultationId,
    consultationTitle: r.consultationTitle,
    article: r.articleLabel,
    submittedAt: r.submittedAt.toISOString(),
    status: r.status,
    dispositionsPublished: r.published,
    disposition: r.disposition,
    reason: r.reason,
  };
}
