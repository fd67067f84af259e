import "server-only";
// Opening, closing and the presence roll of a poll, and the committee's new poll form.
import { defineAction } from "@/lib/action";
import { AppError, notFound } from "@/lib/errors";
import { createPollSchema, pollIdSchema, presenceSchema } from "./client-votes";
import { closePollInTx, createPollInTx, openPollInTx } from "./face";

export const openPoll = defineAction({
  name: "poll.open",
  permission: "poll.manage",
  schema: pollIdSchema,
  run: async ({ tx, tenant }, input) => {
    const poll = await tx.poll.findFirst({ where: { tenantId: tenant.id, id: input.pollId }, select: { id: true } });
    if (!poll) throw notFound();
    if (!(await openPollInTx(tx, tenant.id, poll.id))) throw new AppError("CONFLICT", "votes.errors.notDraft");
    return {
      result: { status: "OPEN" },
      audit: { action: "poll.open", entityType: "Poll", entityId: poll.id, after: { status: "OPEN" } },
    };
  },
});

export const closePoll = defineAction({
  name: "poll.close",
  permission: "poll.manage",
  schema: pollIdSchema,
  run: async ({ tx, tenant }, input) => {
    const poll = await tx.poll.findFirst({ where: { tenantId: tenant.id, id: input.pollId }, select: { id: true } });
    if (!poll) throw notFound();
    if (!(await closePollInTx(tx, tenant.id, poll.id))) throw new AppError("CONFLICT", "votes.errors.notOpen");
    return {
      result: { status: "CLOSED" },
      audit: { action: "poll.close", entityType: "Poll", entityId: poll.id, after: { status: "CLOSED" } },
    };
  },
});

/** Who is present at a named vote (its MAJORITY_OF_PRESENT quorum); only before the poll closes. A member who has
 *  voted in a named vote was present (casting marks them so, ./cast-vote.ts) and cannot be marked absent: the
 *  quorum cannot be shrunk after the ballots are known. */
export const setPresence = defineAction({
  name: "poll.presence",
  permission: "poll.manage",
  schema: presenceSchema,
  run: async ({ tx, tenant }, input) => {
    const poll = await tx.poll.findFirst({
      where: { tenantId: tenant.id, id: input.pollId },
      select: { id: true, status: true, secrecy: true },
    });
    if (!poll) throw notFound();
    if (poll.status === "CLOSED") throw new AppError("CONFLICT", "votes.errors.closed");
    const guardVoted = poll.secrecy === "NAMED" && !input.present;
    const n = await tx.pollVoter.updateMany({
      where: { tenantId: tenant.id, pollId: poll.id, userId: input.userId, ...(guardVoted ? { voted: false } : {}) },
      data: { present: input.present },
    });
    if (n.count !== 1) {
      const voter = guardVoted
        ? await tx.pollVoter.findFirst({
            where: { tenantId: tenant.id, pollId: poll.id, userId: input.userId },
            select: { voted: true },
          })
        : null;
      if (voter?.voted) throw new AppError("CONFLICT", "votes.errors.votedIsPresent");
      throw notFound();
    }
    return {
      result: { present: input.present },
      audit: { action: "poll.presence", entityType: "Poll", entityId: poll.id, after: input },
    };
  },
});

export const createPoll = defineAction({
  name: "poll.create",
  permission: "poll.manage",
  schema: createPollSchema,
  run: async ({ tx, tenant, member }, input) => {
    const users = await tx.user.count({ where: { tenantId: tenant.id, id: { in: input.voterUserIds } } });
    if (users !== new Set(input.voterUserIds).size) throw new AppError("VALIDATION", "votes.errors.badVoters");
    if (input.kind === "NAMED" && input.secrecy !== "NAMED")
      throw new AppError("VALIDATION", "votes.errors.namedMustBeNamed");
    const { pollId } = await createPollInTx(tx, tenant.id, {
      ...input,
      passRule: input.secrecy === "NAMED" ? (input.passRule ?? null) : null,
      createdById: member.id,
    });
    return {
      result: { pollId },
      audit: { action: "poll.create", entityType: "Poll", entityId: pollId, after: { title: input.title } },
    };
  },
});
