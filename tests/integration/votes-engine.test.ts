// The vote engine against real PostgreSQL: the tally table cannot reach a voter (schema), a dump-like read of every
// PollVoter and PollTally row (with xmin and ctid) after a poll joins nothing, 50 concurrent attempts by one voter
// count once, results hidden before close (service and API 409; other city 404), named tallies and pass rules,
// PROJECTS maxApprovals.
import { NextRequest } from "next/server";
import { describe, expect, test, vi } from "vitest";
import { GET as resultsRoute } from "@/app/api/v1/[tenant]/polls/[id]/results/route";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import type { Result } from "@/lib/errors";
import { recordRegulationVote } from "@/lib/modules/legislation";
import { castVote, closePoll, getPollResults, listPolls, openPoll, setPresence } from "@/lib/modules/votes";
import { auditRows, createUser, sessionFor, type TestUser } from "../factories";
import { createRegulation } from "../factories/legislation";
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
const results = (slug: string, id: string) =>
  resultsRoute(new NextRequest(`http://localhost/api/v1/${slug}/polls/${id}/results`), {
    params: Promise.resolve({ tenant: slug, id }),
  });

describe("schema: no column of PollTally can reach a voter", () => {
  test("columns and foreign keys", async () => {
    const cols = await unsafePrisma.$queryRaw<{ column_name: string; data_type: string }[]>`
      SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'PollTally'`;
    const names = cols.map((c) => c.column_name).sort();
    expect(names).toEqual(["count", "id", "itemId", "option", "pollId", "tenantId"]);
    for (const n of names) expect(n).not.toMatch(/user|voter|session|ip|agent|ua|time|at$|cast/i);
    expect(cols.some((c) => /timestamp|date|time|inet/.test(c.data_type))).toBe(false);
    const fks = await unsafePrisma.$queryRaw<{ target: string }[]>`
      SELECT ccu.table_name AS target FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
      WHERE tc.table_name = 'PollTally' AND tc.constraint_type = 'FOREIGN KEY'`;
    const targets = [...new Set(fks.map((f) => f.target))].sort();
    expect(targets).not.toContain("PollVoter");
    expect(targets).not.toContain("User");
    expect(targets.every((t) => ["Poll", "PollItem", "Tenant"].includes(t))).toBe(true);
    // Nor does the voter table keep a time or a choice.
    const voterCols = await unsafePrisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'PollVoter'`;
    expect(voterCols.map((c) => c.column_name).sort()).toEqual([
      "id",
      "pollId",
      "present",
      "tenantId",
      "userId",
      "voted",
    ]);
  });
});

describe("an anonymous poll", () => {
  test("a dump after the poll joins nothing: every tally row carries each vote's xmin, none tells the option", async () => {
    const city = await pollCity(5);
    const { pollId, itemIds } = await makePoll(city);
    const picks = ["SATISFIED", "BASIC", "UNSATISFIED", "SATISFIED", "SATISFIED"];
    const xmins: string[][] = [];
    for (const [i, v] of city.voters.entries()) {
      ok(await run(city, v, castVote, { pollId, choices: { [itemIds[0]!]: picks[i], [itemIds[1]!]: "BASIC" } }));
      const rows = await unsafePrisma.$queryRaw<{ xmin: string }[]>`
        SELECT xmin::text FROM "PollTally" WHERE "tenantId" = ${city.tenant.id}::uuid AND "pollId" = ${pollId}::uuid`;
      // One transaction rewrote all six rows: they share one xmin, whatever was chosen.
      expect(new Set(rows.map((r) => r.xmin)).size).toBe(1);
      xmins.push(rows.map((r) => r.xmin));
    }
    ok(await run(city, city.clerk, closePoll, { pollId }));
    // The dump: every row of both tables with its system columns.
    const tallies = await unsafePrisma.$queryRaw<Record<string, unknown>[]>`
      SELECT ctid::text, xmin::text, * FROM "PollTally"
      WHERE "tenantId" = ${city.tenant.id}::uuid AND "pollId" = ${pollId}::uuid ORDER BY ctid`;
    const voters = await unsafePrisma.$queryRaw<Record<string, unknown>[]>`
      SELECT ctid::text, xmin::text, * FROM "PollVoter"
      WHERE "tenantId" = ${city.tenant.id}::uuid AND "pollId" = ${pollId}::uuid ORDER BY ctid`;
    expect(tallies).toHaveLength(6);
    expect(voters).toHaveLength(5);
    expect(new Set(tallies.map((t) => t.xmin)).size).toBe(1);
    // No value of a tally row (bar tenant and poll) appears in any voter row, and the reverse.
    const voterValues = new Set(
      voters.flatMap((v) =>
        Object.entries(v)
          .filter(([k]) => k !== "tenantId" && k !== "pollId" && k !== "voted" && k !== "present")
          .map(([, x]) => String(x)),
      ),
    );
    for (const t of tallies)
      for (const [k, x] of Object.entries(t)) {
        if (k === "tenantId" || k === "pollId" || k === "count") continue;
        // The last voter's row and every tally row share the last vote's xmin; that xmin is the same for every
        // option, so it tells that this voter voted, not what.
        if (k === "xmin") continue;
        expect(voterValues.has(String(x))).toBe(false);
      }
    const lastXmin = xmins.at(-1)![0];
    const sameXmin = voters.filter((v) => v.xmin === lastXmin);
    expect(sameXmin.length).toBeLessThanOrEqual(1);
    // Counts right; no ballot row; the audit says voted and nothing of the choice.
    const r = (await getPollResults(city.tenant.id, pollId))!;
    expect(r.items[0]!.counts).toEqual({ SATISFIED: 3, BASIC: 1, UNSATISFIED: 1 });
    expect(r.items[1]!.counts).toEqual({ SATISFIED: 0, BASIC: 5, UNSATISFIED: 0 });
    expect(r.voted).toBe(5);
    expect(await unsafePrisma.pollBallot.count({ where: { tenantId: city.tenant.id, pollId } })).toBe(0);
    const audit = await auditRows(city.tenant.id, { action: "poll.vote" });
    expect(audit).toHaveLength(5);
    for (const a of audit)
      expect(JSON.stringify(a, (_k, x) => (typeof x === "bigint" ? String(x) : x))).not.toMatch(/SATISFIED|BASIC/);
  });

  test("50 concurrent attempts by one voter count once", async () => {
    const city = await pollCity(1);
    const { pollId, itemIds } = await makePoll(city);
    const voter = city.voters[0]!;
    const choices = { [itemIds[0]!]: "SATISFIED", [itemIds[1]!]: "UNSATISFIED" };
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => run(city, voter, castVote, { pollId, choices })),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    for (const o of outcomes.filter((x) => !x.ok)) refused(o, "CONFLICT");
    const sum = await unsafePrisma.pollTally.aggregate({
      where: { tenantId: city.tenant.id, pollId },
      _sum: { count: true },
    });
    expect(sum._sum.count).toBe(2);
  });

  test("results hidden before close: service null, API 409; another city 404; bad choices refused", async () => {
    const city = await pollCity(2);
    const other = await pollCity(1);
    const { pollId, itemIds } = await makePoll(city);
    expect(await getPollResults(city.tenant.id, pollId)).toBeNull();
    expect((await results(city.tenant.slug, pollId)).status).toBe(409);
    expect((await results(other.tenant.slug, pollId)).status).toBe(404);
    expect((await results(city.tenant.slug, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await results(city.tenant.slug, "nope")).status).toBe(404);
    refused(
      await run(city, city.voters[0]!, castVote, { pollId, choices: { [itemIds[0]!]: "SATISFIED" } }),
      "VALIDATION",
    );
    refused(
      await run(city, city.voters[0]!, castVote, { pollId, choices: { [itemIds[0]!]: "YES", [itemIds[1]!]: "NO" } }),
      "VALIDATION",
    );
    refused(await run(other, other.voters[0]!, castVote, { pollId, choices: {} }), "NOT_FOUND");
    refused(await run(city, city.clerk, castVote, { pollId, choices: {} }), "NOT_FOUND");
    refused(await run(city, city.voters[0]!, closePoll, { pollId }), "FORBIDDEN");
    ok(
      await run(city, city.voters[0]!, castVote, {
        pollId,
        choices: { [itemIds[0]!]: "BASIC", [itemIds[1]!]: "BASIC" },
      }),
    );
    ok(await run(city, city.clerk, closePoll, { pollId }));
    refused(
      await run(city, city.voters[1]!, castVote, {
        pollId,
        choices: { [itemIds[0]!]: "BASIC", [itemIds[1]!]: "BASIC" },
      }),
      "CONFLICT",
    );
    const res = await results(city.tenant.slug, pollId);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      data: { voted: number; voters: number; items: { counts: Record<string, number> }[] };
    };
    expect(body.data.voted).toBe(1);
    expect(body.data.voters).toBe(2);
    expect(body.data.items[0]!.counts.BASIC).toBe(1);
    expect(JSON.stringify(body)).not.toContain(city.voters[0]!.id);
    expect((await listPolls(city.tenant.id)).map((p) => p.id)).toEqual([pollId]);
    expect(await listPolls(other.tenant.id)).toEqual([]);
  });

  test("PROJECTS: at most maxApprovals 赞成", async () => {
    const city = await pollCity(1);
    const { pollId, itemIds } = await makePoll(city, {
      kind: "PROJECTS",
      optionSet: "YES_NO_ABSTAIN",
      maxApprovals: 1,
      items: [{ label: "老旧小区改造" }, { label: "背街小巷整治" }],
    });
    const v = city.voters[0]!;
    refused(
      await run(city, v, castVote, { pollId, choices: { [itemIds[0]!]: "YES", [itemIds[1]!]: "YES" } }),
      "VALIDATION",
    );
    ok(await run(city, v, castVote, { pollId, choices: { [itemIds[0]!]: "YES", [itemIds[1]!]: "NO" } }));
  });
});

describe("named votes", () => {
  test("ballots per member, tallies, and each pass rule", async () => {
    const city = await pollCity(5);
    const draft = await makePoll(city, {
      kind: "NAMED",
      secrecy: "NAMED",
      optionSet: "YES_NO_ABSTAIN",
      items: [{ label: "关于《辽源市营商环境条例》的决定" }],
      memberTotal: 9,
      passRule: "MAJORITY_OF_PRESENT",
      open: false,
    });
    const { pollId } = draft;
    const item = draft.itemIds[0]!;
    refused(await run(city, city.voters[0]!, castVote, { pollId, choices: { [item]: "YES" } }), "CONFLICT");
    ok(await run(city, city.clerk, setPresence, { pollId, userId: city.voters[4]!.id, present: false }));
    ok(await run(city, city.clerk, openPoll, { pollId }));
    refused(await run(city, city.clerk, openPoll, { pollId }), "CONFLICT");
    for (const [i, opt] of ["YES", "YES", "YES", "NO"].entries())
      ok(await run(city, city.voters[i]!, castVote, { pollId, choices: { [item]: opt } }));
    ok(await run(city, city.clerk, closePoll, { pollId }));
    const ballots = await unsafePrisma.pollBallot.findMany({ where: { tenantId: city.tenant.id, pollId } });
    expect(ballots).toHaveLength(4);
    expect(ballots.find((b) => b.userId === city.voters[3]!.id)?.option).toBe("NO");
    const r = (await getPollResults(city.tenant.id, pollId))!;
    expect(r.items[0]!.counts).toEqual({ YES: 3, NO: 1, ABSTAIN: 0 });
    expect(r.present).toBe(4);
    // 3 of 4 present passes; 3 of 9 members would not.
    expect(r.items[0]!.passed).toBe(true);
    await unsafePrisma.poll.updateMany({
      where: { tenantId: city.tenant.id, id: pollId },
      data: { passRule: "MAJORITY_OF_ALL" },
    });
    expect((await getPollResults(city.tenant.id, pollId))!.items[0]!.passed).toBe(false);
  });
});

describe("a regulation's vote stage", () => {
  test("records a closed named vote's tally on its PASSED event", async () => {
    const city = await pollCity(3);
    const reg = await createRegulation(city.tenant, { stage: "PASSED" });
    const office = await createUser(city.tenant, { roles: ["legislative"] });
    const { pollId, itemIds } = await makePoll(city, {
      kind: "NAMED",
      secrecy: "NAMED",
      optionSet: "YES_NO_ABSTAIN",
      items: [{ label: reg.title }],
      memberTotal: 5,
      passRule: "MAJORITY_OF_ALL",
      regulationId: reg.id,
    });
    refused(await run(city, office, recordRegulationVote, { regulationId: reg.id, pollId }), "CONFLICT");
    for (const [i, opt] of ["YES", "YES", "YES"].entries())
      ok(await run(city, city.voters[i]!, castVote, { pollId, choices: { [itemIds[0]!]: opt } }));
    ok(await run(city, city.clerk, closePoll, { pollId }));
    const r = ok(await run(city, office, recordRegulationVote, { regulationId: reg.id, pollId }));
    expect(r.note).toContain("赞成 3，反对 0，弃权 0（出席 3，组成人员 5） · 通过");
    const ev = await unsafePrisma.regulationEvent.findFirstOrThrow({
      where: { tenantId: city.tenant.id, regulationId: reg.id },
    });
    expect(ev.pollId).toBe(pollId);
    const other = await pollCity(0);
    const otherClerk = other.clerk;
    refused(await run(other, otherClerk, recordRegulationVote, { regulationId: reg.id, pollId }), "NOT_FOUND");
  });
});
