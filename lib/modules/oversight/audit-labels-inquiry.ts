// The inquiry part of the oversight audit labels: a recorded question is its number and the start of its text
// (the inquiry's own moves are logged on its activity, labelled by the activities part).
import { forTenant } from "@/lib/db";
import type { AuditLabeler } from "../define";

export const inquiryLabels: AuditLabeler = {
  InquiryQuestion: async (tenantId, ids) => {
    const rows = await forTenant(tenantId).inquiryQuestion.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, seq: true, question: true },
    });
    return new Map(rows.map((q) => [q.id, `${q.seq}. ${q.question.slice(0, 40)}`]));
  },
};
