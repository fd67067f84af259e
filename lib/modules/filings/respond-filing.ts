// 整改反馈: the issuer answers a finding (corrected, repealed, or why not) and the review closes. A unit's own
// account answers for its documents (filing.respond); for an issuer without a unit (the city government, its
// office) the office records the answer it received (filing.manage). The reviewing committee is told.
import { defineAction, type ActionContext } from "@/lib/action";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/modules/notifications";
import { filingAudit, filingHref, loadFiling, updateFiling } from "./move-filing";
import { mayRespond } from "./policy";
import { respondFilingSchema } from "./schemas-filings";

async function respond(ctx: ActionContext, input: { id: string; body: string }) {
  const f = await loadFiling(ctx, input.id, "respond");
  if (!mayRespond(ctx.member, f)) throw new AppError("FORBIDDEN", "filings.errors.notIssuer");
  const respondedOn = todayInShanghai();
  await updateFiling(ctx, f, { status: "CLOSED", responseBody: input.body, respondedOn: dayToDate(respondedOn) });
  if (f.committeeId)
    await notify(ctx.tx, ctx.tenant.id, {
      roles: [{ role: "committee", scopeId: f.committeeId }],
      kind: "filings.responded",
      messageKey: "filings.notifications.responded",
      values: { title: f.title.slice(0, 60), issuer: f.issuer },
      href: filingHref(f.id),
      dedupeKey: `filing:${f.id}:responded`,
    });
  return {
    result: { id: f.id, status: "CLOSED" as const },
    audit: filingAudit("respond", f, { status: "CLOSED", responseBody: input.body, respondedOn }),
  };
}

export const respondFiling = defineAction({
  name: "filing.respond",
  permission: "filing.respond",
  schema: respondFilingSchema,
  run: respond,
});

export const recordFilingResponse = defineAction({
  name: "filing.recordResponse",
  permission: "filing.manage",
  schema: respondFilingSchema,
  run: respond,
});
