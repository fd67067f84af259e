import "server-only";
// A vote. Anonymous: the voter row's voted=false→true compare-and-set (so 50 concurrent attempts count once), then
// one UPDATE rewriting every tally row of the poll. Named: the same, plus one PollBallot per item, and the voter
// marked present (one who votes was there). The audit row says "voted" and nothing of the choice; nothing here logs
// a choice.
import { defineAction } from "@/lib/action";
import { AppError, notFound } from "@/lib/errors";
import { castVoteSchema, checkChoices, optionsOf } from "./client-votes";
import { bumpTallies, markVoted } from "./queries-cast";

export const castVote = defineAction({
  name: "poll.vote",
  permission: "poll.vote",
  schema: castVoteSchema,
  run: async ({ tx, tenant, member }, input) => {
    const poll = await tx.poll.findFirst({
      where: { tenantId: tenant.id, id: input.pollId },
      select: { id: true, status: true, secrecy: true, optionSet: true, maxApprovals: true },
    });
    if (!poll) throw notFound();
    const voter = await tx.pollVoter.findFirst({
      where: { tenantId: tenant.id, pollId: poll.id, userId: member.id },
      select: { voted: true },
    });
    if (!voter) throw notFound();
    if (poll.status !== "OPEN") throw new AppError("CONFLICT", "votes.errors.notOpen");
    if (voter.voted) throw new AppError("CONFLICT", "votes.errors.alreadyVoted");
    const items = await tx.pollItem.findMany({ where: { tenantId: tenant.id, pollId: poll.id }, select: { id: true } });
    const problem = checkChoices(
      poll,
      items.map((i) => i.id),
      input.choices,
    );
    if (problem) throw new AppError("VALIDATION", `votes.errors.${problem}`, { max: poll.maxApprovals ?? 0 });
    if (!(await markVoted(tx, tenant.id, poll.id, member.id)))
      throw new AppError("CONFLICT", "votes.errors.alreadyVoted");
    if (poll.secrecy === "NAMED") {
      // A member who votes in a named vote was obviously present: marked so in the same transaction, so one
      // marked absent by mistake still counts toward MAJORITY_OF_PRESENT and `present` is never below `voted`.
      // (Anonymous polls leave the flag alone: presence is a named vote's quorum.)
      await tx.pollVoter.updateMany({
        where: { tenantId: tenant.id, pollId: poll.id, userId: member.id, present: false },
        data: { present: true },
      });
      await tx.pollBallot.createMany({
        data: Object.entries(input.choices).map(([itemId, option]) => ({
          tenantId: tenant.id,
          pollId: poll.id,
          itemId,
          userId: member.id,
          option,
        })),
      });
    }
    const rewritten = await bumpTallies(tx, tenant.id, poll.id, input.choices);
    if (rewritten !== items.length * optionsOf(poll.optionSet).length)
      throw new AppError("CONFLICT", "votes.errors.notOpen");
    return { result: { voted: true }, audit: { action: "poll.vote", entityType: "Poll", entityId: poll.id } };
  },
});
