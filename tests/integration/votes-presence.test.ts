// The roll call of a named vote against real PostgreSQL: presence marked through setPresence decides
// MAJORITY_OF_PRESENT (5 voters, 3 present, 2 赞成 passes; all 5 present, 2 赞成 fails), a voter marked absent who
// votes is counted present (and, having voted, cannot be marked absent), another city's poll or voter answers
// NOT_FOUND, presence cannot change once the poll is closed, and the roll call the poll page reads.
import { describe, expect, test, vi } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import type { Result } from "@/lib/errors";
import { castVote, closePoll, getPollResults, getPollView, openPoll, setPresence } from "@/lib/modules/votes";
import { auditRows, sessionFor, type TestUser } from "../factories";
import { makePoll, pollCity, type PollCity } from "../factories/votes";

vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => null,
}));

type Def = Parameters<typeof executeAction>[0];
const run = (c: PollCity, user: TestUser, def: Def, input: unknown) =>
  executeAction(def, c.tenant.slug, input, sessionFor(user)) as Promise<Result<Record<string, unknown>>>;
const refused = (r: Result<unknown>, code: string) => {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
};
const ok = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r.data;
};

const named = (city: PollCity, open = true) =>
  makePoll(city, {
    kind: "NAMED",
    secrecy: "NAMED",
    optionSet: "YES_NO_ABSTAIN",
    items: [{ label: "关于《辽源市城市绿化条例》的决定" }],
    memberTotal: 5,
    passRule: "MAJORITY_OF_PRESENT",
    open,
  });

/** A draft named poll: marks who is present (everyone else absent), opens it, casts the given choices, closes it. */
async function rollThenVote(city: PollCity, presentIdx: number[], choices: Record<number, string>) {
  const { pollId, itemIds } = await named(city, false);
  for (const [i, v] of city.voters.entries())
    ok(await run(city, city.clerk, setPresence, { pollId, userId: v.id, present: presentIdx.includes(i) }));
  ok(await run(city, city.clerk, openPoll, { pollId }));
  for (const [i, opt] of Object.entries(choices))
    ok(await run(city, city.voters[Number(i)]!, castVote, { pollId, choices: { [itemIds[0]!]: opt } }));
  ok(await run(city, city.clerk, closePoll, { pollId }));
  return pollId;
}

describe("the roll call of a named vote", () => {
  test("MAJORITY_OF_PRESENT flips with presence: 2 赞成 of 3 present passes, of 5 present fails", async () => {
    const city = await pollCity(5);
    const three = await rollThenVote(city, [0, 1, 2], { 0: "YES", 1: "YES", 2: "NO" });
    const r3 = (await getPollResults(city.tenant.id, three))!;
    expect(r3.voters).toBe(5);
    expect(r3.present).toBe(3);
    expect(r3.voted).toBe(3);
    expect(r3.items[0]!.counts).toEqual({ YES: 2, NO: 1, ABSTAIN: 0 });
    expect(r3.items[0]!.passed).toBe(true);

    const five = await rollThenVote(city, [0, 1, 2, 3, 4], { 0: "YES", 1: "YES", 2: "NO" });
    const r5 = (await getPollResults(city.tenant.id, five))!;
    expect(r5.present).toBe(5);
    expect(r5.items[0]!.counts).toEqual({ YES: 2, NO: 1, ABSTAIN: 0 });
    expect(r5.items[0]!.passed).toBe(false);

    // Each change is one audited poll.presence (5 per poll).
    const audit = await auditRows(city.tenant.id, { action: "poll.presence" });
    expect(audit).toHaveLength(10);
  });

  test("a voter marked absent who votes counts present, and having voted cannot be marked absent", async () => {
    const city = await pollCity(5);
    const { pollId, itemIds } = await named(city);
    for (const i of [2, 3, 4])
      ok(await run(city, city.clerk, setPresence, { pollId, userId: city.voters[i]!.id, present: false }));
    // Voter 2 was marked absent by mistake and votes: present now, in the vote's own transaction.
    ok(await run(city, city.voters[2]!, castVote, { pollId, choices: { [itemIds[0]!]: "NO" } }));
    const row = await unsafePrisma.pollVoter.findFirstOrThrow({
      where: { tenantId: city.tenant.id, pollId, userId: city.voters[2]!.id },
    });
    expect(row).toMatchObject({ voted: true, present: true });
    // The quorum cannot be shrunk after the ballot: refused, stored value kept.
    const r = await run(city, city.clerk, setPresence, { pollId, userId: city.voters[2]!.id, present: false });
    refused(r, "CONFLICT");
    if (!r.ok) expect(r.error.message).toBe("已投票的成员计为出席，不能登记为缺席");
    // Marking one who voted present again is harmless.
    ok(await run(city, city.clerk, setPresence, { pollId, userId: city.voters[2]!.id, present: true }));
    for (const i of [0, 1])
      ok(await run(city, city.voters[i]!, castVote, { pollId, choices: { [itemIds[0]!]: "YES" } }));
    ok(await run(city, city.clerk, closePoll, { pollId }));
    const res = (await getPollResults(city.tenant.id, pollId))!;
    expect(res.present).toBe(3);
    expect(res.items[0]!.passed).toBe(true);
  });

  test("another city's poll or voter: NOT_FOUND; a voter not on the poll: NOT_FOUND; not a manager: FORBIDDEN", async () => {
    const city = await pollCity(3);
    const other = await pollCity(2);
    const { pollId } = await named(city);
    const { pollId: otherPoll } = await named(other);
    // A clerk of another city, on this city's poll (through their own city's slug and through this one's).
    refused(
      await run(other, other.clerk, setPresence, { pollId, userId: city.voters[0]!.id, present: false }),
      "NOT_FOUND",
    );
    refused(
      await executeAction(
        setPresence,
        city.tenant.slug,
        { pollId, userId: city.voters[0]!.id, present: false },
        sessionFor(other.clerk),
      ),
      "NOT_FOUND",
    );
    // This city's poll, another city's voter; this city's clerk, another city's poll.
    refused(
      await run(city, city.clerk, setPresence, { pollId, userId: other.voters[0]!.id, present: false }),
      "NOT_FOUND",
    );
    refused(
      await run(city, city.clerk, setPresence, { pollId: otherPoll, userId: other.voters[0]!.id, present: false }),
      "NOT_FOUND",
    );
    // One of this city who is not on the list; a voter who does not run polls.
    refused(await run(city, city.clerk, setPresence, { pollId, userId: city.clerk.id, present: false }), "NOT_FOUND");
    refused(
      await run(city, city.voters[0]!, setPresence, { pollId, userId: city.voters[1]!.id, present: false }),
      "FORBIDDEN",
    );
    // Nothing changed in either city.
    for (const [c, id] of [
      [city, pollId],
      [other, otherPoll],
    ] as const)
      expect(await unsafePrisma.pollVoter.count({ where: { tenantId: c.tenant.id, pollId: id, present: false } })).toBe(
        0,
      );
    // Another city's roll call is not readable either.
    expect(await getPollView(other.tenant.id, other.clerk.id, pollId, true, { roll: true })).toBeNull();
  });

  test("presence cannot change once closed; the page's roll call reads names, presence and voted", async () => {
    const city = await pollCity(3);
    const { pollId, itemIds } = await named(city);
    ok(await run(city, city.clerk, setPresence, { pollId, userId: city.voters[1]!.id, present: false }));
    ok(await run(city, city.voters[0]!, castVote, { pollId, choices: { [itemIds[0]!]: "YES" } }));
    const view = (await getPollView(city.tenant.id, city.clerk.id, pollId, true, { roll: true }))!;
    expect(view.present).toBe(2);
    expect(view.roll).toHaveLength(3);
    const byId = new Map(view.roll!.map((r) => [r.userId, r]));
    expect(byId.get(city.voters[0]!.id)).toMatchObject({ present: true, voted: true });
    expect(byId.get(city.voters[1]!.id)).toMatchObject({ present: false, voted: false });
    expect(view.roll!.every((r) => r.name.length > 0 && r.name !== "—")).toBe(true);
    // A voter's own view carries no roll call.
    expect((await getPollView(city.tenant.id, city.voters[0]!.id, pollId, false, { roll: true }))!.roll).toBeNull();

    ok(await run(city, city.clerk, closePoll, { pollId }));
    for (const present of [true, false])
      refused(await run(city, city.clerk, setPresence, { pollId, userId: city.voters[1]!.id, present }), "CONFLICT");
    const row = await unsafePrisma.pollVoter.findFirstOrThrow({
      where: { tenantId: city.tenant.id, pollId, userId: city.voters[1]!.id },
    });
    expect(row.present).toBe(false);
    expect((await getPollResults(city.tenant.id, pollId))!.present).toBe(2);
  });
});
