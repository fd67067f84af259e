import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { runsStation } from "./policy";
import { updateIssueSchema } from "./schemas";

/** Corrects an issue raised at a reception (its category, its wording) and its follow-up status. */
export const updateIssue = defineAction({
  name: "station.updateIssue",
  permission: "station.operate",
  schema: updateIssueSchema,
  async run({ tx, member }, { id, ...input }) {
    const issue = await tx.receptionIssue.findFirst({
      where: { id },
      select: { recordId: true, category: true, content: true, status: true },
    });
    const record = issue
      ? await tx.receptionRecord.findFirst({ where: { id: issue.recordId }, select: { stationId: true } })
      : null;
    if (!issue || !record) throw new AppError("NOT_FOUND");
    if (!runsStation(member, record.stationId)) throw new AppError("FORBIDDEN");
    await tx.receptionIssue.update({ where: { id }, data: input });
    const { recordId, ...before } = issue;
    return {
      result: { id },
      audit: {
        action: "station.updateIssue",
        entityType: "ReceptionRecord",
        entityId: recordId,
        before: { issueId: id, ...before },
        after: { issueId: id, ...input },
      },
    };
  },
});
