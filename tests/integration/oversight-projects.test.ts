// 民生实事代表票决制 against real PostgreSQL: candidates, the deputies' vote opened through the vote engine (PROJECTS,
// anonymous, at most the number to choose), results applied after close (ranked, majority of ballots), the unit's
// progress to DONE, refusals (before close, twice, another unit, another city), the public list.
import { describe, expect, test, vi } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import type { Result } from "@/lib/errors";
import {
  applyProjectResults,
  createProject,
  getProject,
  listProjects,
  openProjectVote,
  publicProjects,
  reportProjectProgress,
} from "@/lib/modules/oversight";
import { castVote, closePoll } from "@/lib/modules/votes";
import { sessionFor, type TestUser } from "../factories";
import { oversightCity, type OversightCity } from "../factories/oversight";
import { deputyWithAccount } from "../factories/stations";

vi.mock("next-auth", async (load) => ({
  ...(await load<typeof import("next-auth")>()),
  getServerSession: async () => null,
}));

type Def = Parameters<typeof executeAction>[0];
const run = (c: OversightCity, user: TestUser, def: Def, input: unknown) =>
  executeAction(def, c.tenant.slug, input, sessionFor(user)) as Promise<Result<Record<string, unknown>>>;
const ok = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r.data;
};
const refused = (r: Result<unknown>, code: string) => {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
};

describe("livelihood projects", () => {
  test("candidates → vote → results applied → progress to DONE", async () => {
    const c = await oversightCity();
    const year = 2031;
    const ids: string[] = [];
    for (const [title, budget] of [
      ["老旧小区改造", 1200],
      ["社区食堂", 300],
      ["公厕提升", 150],
    ] as const) {
      const r = ok(
        await run(c, c.admin, createProject, { year, level: "CITY", title, budget, unitId: c.unit.id, summary: "" }),
      );
      ids.push(r.projectId as string);
    }
    // Bad input is a 4xx with field errors, not a 500.
    refused(await run(c, c.admin, createProject, { year, level: "CITY", title: "x", budget: -1 }), "VALIDATION");
    refused(await run(c, c.unitUser, createProject, { year, level: "CITY", title: "某项目", budget: 1 }), "FORBIDDEN");

    const deputies = [
      c.deputy.user,
      ...(await Promise.all([1, 2, 3, 4].map(() => deputyWithAccount(c.tenant)))).map((d) => d.user),
    ];
    // A non-deputy voter is refused.
    refused(
      await run(c, c.admin, openProjectVote, { year, level: "CITY", toChoose: 2, voterUserIds: [c.leader.id] }),
      "VALIDATION",
    );
    const { pollId } = ok(
      await run(c, c.admin, openProjectVote, {
        year,
        level: "CITY",
        toChoose: 2,
        voterUserIds: deputies.map((d) => d.id),
      }),
    ) as { pollId: string };
    const poll = await unsafePrisma.poll.findFirstOrThrow({ where: { tenantId: c.tenant.id, id: pollId } });
    expect([poll.kind, poll.secrecy, poll.optionSet, poll.maxApprovals, poll.status]).toEqual([
      "PROJECTS",
      "ANONYMOUS",
      "YES_NO_ABSTAIN",
      2,
      "OPEN",
    ]);
    const items = await unsafePrisma.pollItem.findMany({
      where: { tenantId: c.tenant.id, pollId },
      orderBy: { sortOrder: "asc" },
    });
    expect(items.map((i) => i.projectId)).toEqual(ids);
    // A second vote on the same candidates: none left.
    refused(
      await run(c, c.admin, openProjectVote, { year, level: "CITY", toChoose: 1, voterUserIds: [deputies[0]!.id] }),
      "CONFLICT",
    );
    // Before close, the results cannot be applied.
    refused(await run(c, c.admin, applyProjectResults, { pollId }), "CONFLICT");

    const item = (projectId: string) => items.find((i) => i.projectId === projectId)!.id;
    // 5 ballots: 社区食堂 4 yes, 老旧小区改造 3 yes, 公厕提升 2 yes (3 > 2.5 → chosen; 2 not).
    const ballots: [string, string, string][] = [
      ["YES", "YES", "NO"],
      ["YES", "YES", "NO"],
      ["YES", "NO", "YES"],
      ["NO", "YES", "YES"],
      ["ABSTAIN", "YES", "NO"],
    ];
    for (const [i, b] of ballots.entries()) {
      ok(
        await run(c, deputies[i]!, castVote, {
          pollId,
          choices: { [item(ids[0]!)]: b[0], [item(ids[1]!)]: b[1], [item(ids[2]!)]: b[2] },
        }),
      );
    }
    ok(await run(c, c.admin, closePoll, { pollId }));
    const applied = ok(await run(c, c.admin, applyProjectResults, { pollId }));
    expect(applied).toMatchObject({ chosen: 2, notChosen: 1, ballots: 5 });
    refused(await run(c, c.admin, applyProjectResults, { pollId }), "CONFLICT");

    const rows = await listProjects(c.tenant.id, { year });
    const by = new Map(rows.map((r) => [r.title, r]));
    expect(by.get("社区食堂")).toMatchObject({ status: "CHOSEN", rank: 1, votesFor: 4 });
    expect(by.get("老旧小区改造")).toMatchObject({ status: "CHOSEN", rank: 2, votesFor: 3 });
    expect(by.get("公厕提升")).toMatchObject({ status: "NOT_CHOSEN", rank: 3, votesFor: 2 });

    // Progress by the implementing unit only; another unit sees a 404; a NOT_CHOSEN one takes none.
    const food = by.get("社区食堂")!.id;
    refused(
      await run(c, c.otherUnitUser, reportProjectProgress, { projectId: food, percent: 10, body: "开工" }),
      "NOT_FOUND",
    );
    refused(
      await run(c, c.unitUser, reportProjectProgress, { projectId: by.get("公厕提升")!.id, percent: 10, body: "开工" }),
      "CONFLICT",
    );
    expect(
      ok(await run(c, c.unitUser, reportProjectProgress, { projectId: food, percent: 40, body: "选址完成，开工建设" })),
    ).toMatchObject({ status: "UNDERWAY" });
    refused(
      await run(c, c.unitUser, reportProjectProgress, { projectId: food, percent: 30, body: "倒退" }),
      "VALIDATION",
    );
    expect(
      ok(await run(c, c.unitUser, reportProjectProgress, { projectId: food, percent: 100, body: "建成投用" })),
    ).toMatchObject({ status: "DONE" });
    const detail = await getProject(c.tenant.id, food);
    expect(detail).toMatchObject({ status: "DONE", progressPercent: 100 });
    expect(detail!.progress.map((p) => p.percent)).toEqual([100, 40]);
    expect(detail!.completedOn).not.toBeNull();

    const pub = await publicProjects(c.tenant.id, year);
    expect(pub.map((p) => p.title).sort()).toEqual(["社区食堂", "老旧小区改造"].sort());

    // Audit rows for each move.
    const audits = await unsafePrisma.auditEvent.findMany({
      where: { tenantId: c.tenant.id, action: { startsWith: "project." } },
      select: { action: true },
    });
    expect(audits.filter((a) => a.action === "project.report")).toHaveLength(2);
    expect(audits.some((a) => a.action === "project.applyResults")).toBe(true);

    // Another city: its project is a 404 here, and its poll cannot be applied.
    const other = await oversightCity();
    expect(await getProject(other.tenant.id, food)).toBeNull();
    refused(await run(other, other.admin, applyProjectResults, { pollId }), "NOT_FOUND");
    refused(
      await run(other, other.unitUser, reportProjectProgress, { projectId: food, percent: 100, body: "他市" }),
      "NOT_FOUND",
    );
  });
});
