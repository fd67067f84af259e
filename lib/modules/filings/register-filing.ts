// 登记备案: the office registers a normative document filed with the standing committee — title, issuer (and
// its unit when a department of the city issued it), number, dates, its text or a file — and, when it knows the
// committee, assigns it at once. The review is due the city's filing-review working days after filing
// (Tenant.settings.oversight.filingReviewWorkingDays, counted on its calendar). A number already filed by the
// same issuer is refused (409), not stored twice.
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { storeAttachment, Upload } from "@/lib/modules/attachments";
import { workingCalendar } from "@/lib/modules/calendar";
import { notify } from "@/lib/modules/notifications";
import { oversightSettings } from "@/lib/modules/oversight/client";
import { fieldRefusal, filingHref } from "./move-filing";
import { mayAssign } from "./policy";
import { FILING_FILE_MAX_BYTES, registerFilingSchema } from "./schemas-filings";

export const registerFiling = defineAction({
  name: "filing.register",
  permission: "filing.manage",
  schema: registerFilingSchema.extend({ file: z.instanceof(Upload).optional() }),
  async run(ctx, { file, ...input }) {
    const today = todayInShanghai();
    if (input.issuedOn > input.filedOn) throw fieldRefusal("issuedOn", "issuedAfterFiled");
    if (input.filedOn > today) throw fieldRefusal("filedOn", "filedInFuture");
    if (!input.text && !file) throw fieldRefusal("text", "textOrFile");
    if (input.issuerUnitId) {
      const unit = await ctx.tx.unit.findFirst({ where: { id: input.issuerUnitId }, select: { id: true } });
      if (!unit) throw fieldRefusal("issuerUnitId", "unknownUnit");
    }
    if (input.committeeId) {
      const c = await ctx.tx.committee.findFirst({ where: { id: input.committeeId }, select: { id: true } });
      if (!c) throw fieldRefusal("committeeId", "unknownCommittee");
      if (!mayAssign(ctx.member, input.committeeId)) throw new AppError("FORBIDDEN", "filings.errors.notYourCommittee");
    }
    const dup = await ctx.tx.normativeFiling.findFirst({
      where: { docNumber: input.docNumber, issuer: input.issuer },
      select: { id: true },
    });
    if (dup)
      throw new AppError("CONFLICT", "filings.errors.duplicate", {}, { docNumber: ["filings.errors.duplicate"] });

    const cal = await workingCalendar(ctx.tenant.id);
    const days = oversightSettings(ctx.tenant.settings).filingReviewWorkingDays;
    const dueOn = cal.addWorkingDays(input.filedOn, days);
    const id = crypto.randomUUID();
    const attachmentId = file
      ? (
          await storeAttachment(
            ctx.tx,
            ctx.tenant.id,
            {
              body: file.body,
              fileName: file.fileName,
              owner: { module: "filings", kind: "document", id },
              allowed: ["PDF", "DOCX"],
              maxBytes: FILING_FILE_MAX_BYTES,
              access: "filing.view",
            },
            { userId: ctx.member.id, requestId: ctx.request.requestId },
          )
        ).id
      : null;
    const status = input.committeeId ? "REVIEWING" : "RECEIVED";
    await ctx.tx.normativeFiling.create({
      data: {
        id,
        tenantId: ctx.tenant.id,
        year: Number(input.filedOn.slice(0, 4)),
        title: input.title,
        issuer: input.issuer,
        issuerUnitId: input.issuerUnitId ?? null,
        docNumber: input.docNumber,
        issuedOn: dayToDate(input.issuedOn),
        filedOn: dayToDate(input.filedOn),
        effectiveOn: input.effectiveOn ? dayToDate(input.effectiveOn) : null,
        text: input.text,
        attachmentId,
        committeeId: input.committeeId ?? null,
        dueOn: dayToDate(dueOn),
        status,
        createdById: ctx.member.id,
      },
    });
    if (input.committeeId)
      await notify(ctx.tx, ctx.tenant.id, {
        roles: [{ role: "committee", scopeId: input.committeeId }],
        kind: "filings.assigned",
        messageKey: "filings.notifications.assigned",
        values: { title: input.title.slice(0, 60), dueOn: { day: dueOn } },
        href: filingHref(id),
        dedupeKey: `filing:${id}:assigned:${input.committeeId}`,
      });
    return {
      result: { id, dueOn, status },
      audit: {
        action: "filing.register",
        entityType: "NormativeFiling",
        entityId: id,
        after: {
          title: input.title,
          issuer: input.issuer,
          issuerUnitId: input.issuerUnitId ?? null,
          docNumber: input.docNumber,
          filedOn: input.filedOn,
          dueOn,
          committeeId: input.committeeId ?? null,
          attachmentId,
          status,
        },
      },
    };
  },
});
