// The consultation module's public JSON shapes (codes, not translated labels; instants as ISO strings), shared
// by the API routes. Loaders answer null for anything unknown, and the routes turn null into 404.
import { normaliseReceiptCode } from "@/lib/receipt";
import { findOpinionReceipt } from "./queries-receipts";
import type { Disposition } from "./workflow";

export type PublicOpinionReceipt = {
  kind: "opinion"; code: string; consultationId: string; consultationTitle: string; article: string | null; submittedAt: string;
  status: "RECEIVED" | "DISPOSED"; dispositionsPublished: boolean; disposition: Disposition | null; reason: string | null;
};

export async function loadOpinionReceipt(tenantId: string, typed: string): Promise<PublicOpinionReceipt | null> {
  const code = normaliseReceiptCode(typed);
  const r = code ? await findOpinionReceipt(tenantId, code) : null;
  if (!r) return null;
  return {
    kind: "opinion", code: r.receiptCode, consultationId: r.consultationId, consultationTitle: r.consultationTitle, article: r.articleLabel,
    submittedAt: r.submittedAt.toISOString(), status: r.status, dispositionsPublished: r.published, disposition: r.disposition, reason: r.reason,
  };
}
