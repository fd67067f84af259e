import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { runsStation } from "./policy";
import { issueStatusSchema } from "./schemas";

/** Moves an issue raised at a reception along its follow-up: open → in progress → solved (or back). */
export const updateIssueStatus = defineAction({
  name: "station.updateIssueStatus",
  permission: "station.operate",
  schema: issueStatusSchema,
  async run({ tx, member }, input) {
    const issue = await tx.receptionIssue.findFirst({
      where: { id: input.id },
      select: { recordId: true, status: true },
    });
    const record = issue
      ? await tx.receptionRecord.findFirst({ where: { id: issue.recordId }, select: { stationId: true } })
      : null;
    if (!issue || !record) throw new AppError("NOT_FOUND");
    if (!runsStation(member, record.stationId)) throw new AppError("FORBIDDEN");
    await tx.receptionIssue.update({ where: { id: input.id }, data: { status: input.status } });
    return {
      result: { id: input.id },
      audit: {
        action: "station.updateIssueStatus",
        entityType: "ReceptionRecord",
        entityId: issue.recordId,
        before: { issueId: input.id, status: issue.status },
        after: { issueId: input.id, status: input.status },
      },
    };
  },
});
