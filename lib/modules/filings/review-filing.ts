// 审查意见: the reviewing committee records its finding with a note — 未发现问题 closes the review; 建议纠正 or
// 建议撤销 waits for the issuer's response, and the issuer unit (when it has an account) is told.
import { defineAction } from "@/lib/action";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/modules/notifications";
import { filingAudit, filingHref, loadFiling, updateFiling } from "./move-filing";
import { mayReview } from "./policy";
import { reviewFilingSchema } from "./schemas-filings";
import { statusAfterFinding } from "./workflow";

export const reviewFiling = defineAction({
  name: "filing.review",
  permission: "filing.manage",
  schema: reviewFilingSchema,
  async run(ctx, input) {
    const f = await loadFiling(ctx, input.id, "review");
    if (!mayReview(ctx.member, f)) throw new AppError("FORBIDDEN", "filings.errors.notReviewer");
    const to = statusAfterFinding(input.finding);
    const reviewedOn = todayInShanghai();
    await updateFiling(ctx, f, {
      status: to,
      finding: input.finding,
      findingNote: input.note,
      reviewedOn: dayToDate(reviewedOn),
      reviewedById: ctx.member.id,
    });
    if (f.issuerUnitId && to === "AWAITING_RESPONSE")
      await notify(ctx.tx, ctx.tenant.id, {
        roles: [{ role: "unit", scopeId: f.issuerUnitId }],
        kind: "filings.finding",
        messageKey: `filings.notifications.finding.${input.finding}`,
        values: { title: f.title.slice(0, 60) },
        href: filingHref(f.id),
        dedupeKey: `filing:${f.id}:finding:${reviewedOn}`,
      });
    return {
      result: { id: f.id, status: to },
      audit: filingAudit("review", f, { status: to, finding: input.finding, findingNote: input.note, reviewedOn }),
    };
  },
});
