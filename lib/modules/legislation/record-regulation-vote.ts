import "server-only";
// A regulation's vote stage records its tally from a closed named vote (电子表决, lib/modules/votes): the latest
// move into PASSED (or, failing one, the latest event) gains the poll's id and the tally in its note, e.g.
// "表决：赞成 40，反对 2，弃权 1（出席 43，组成人员 45）· 通过". The poll must be this city's, CLOSED, NAMED, and
// either made for this regulation or for none.
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { getPollResults } from "@/lib/modules/votes";
import { z } from "zod";
import { canActOnCommitteeRow } from "./policy";

export const recordRegulationVoteSchema = z.strictObject({ regulationId: z.uuid(), pollId: z.uuid() });

export const recordRegulationVote = defineAction({
  name: "regulation.recordVote",
  permission: "legislation.committee",
  schema: recordRegulationVoteSchema,
  async run({ tx, tenant, member }, input) {
    const reg = await tx.regulation.findFirst({ where: { id: input.regulationId } });
    if (!reg) throw new AppError("NOT_FOUND");
    if (!canActOnCommitteeRow(member, reg.committeeId)) throw new AppError("FORBIDDEN", "notYourCommittee");
    const poll = await tx.poll.findFirst({
      where: { id: input.pollId },
      select: { id: true, secrecy: true, status: true, regulationId: true },
    });
    if (!poll || (poll.regulationId && poll.regulationId !== reg.id)) throw new AppError("NOT_FOUND");
    if (poll.secrecy !== "NAMED") throw new AppError("VALIDATION", "votes.errors.namedMustBeNamed");
    const r = poll.status === "CLOSED" ? await getPollResults(tenant.id, poll.id) : null;
    if (!r) throw new AppError("CONFLICT", "votes.errors.notClosed");
    const event =
      (await tx.regulationEvent.findFirst({
        where: { regulationId: reg.id, toStage: "PASSED" },
        orderBy: { createdAt: "desc" },
      })) ?? (await tx.regulationEvent.findFirst({ where: { regulationId: reg.id }, orderBy: { createdAt: "desc" } }));
    if (!event) throw new AppError("CONFLICT");
    const item = r.items[0]!;
    const c = item.counts;
    const tally = `表决：赞成 ${c.YES ?? 0}，反对 ${c.NO ?? 0}，弃权 ${c.ABSTAIN ?? 0}（出席 ${r.present}${
      r.memberTotal ? `，组成人员 ${r.memberTotal}` : ""
    }）${item.passed === null ? "" : item.passed ? " · 通过" : " · 未通过"}`;
    const note = event.note ? `${event.note}\n${tally}` : tally;
    await tx.regulationEvent.update({ where: { id: event.id }, data: { pollId: poll.id, note } });
    if (!poll.regulationId) await tx.poll.update({ where: { id: poll.id }, data: { regulationId: reg.id } });
    return {
      result: { eventId: event.id, note },
      audit: {
        action: "regulation.recordVote",
        entityType: "Regulation",
        entityId: reg.id,
        after: { pollId: poll.id, eventId: event.id, tally },
      },
    };
  },
});
