// The oversight demo's pure planning (lib/modules/oversight/demo-oversight*.ts): activities walk only as far as
// today allows, polls' tallies add up to those who voted and respect maxApprovals, the plans have every kind.
import { describe, expect, test } from "vitest";
import { createWorkingCalendar } from "@/lib/modules/calendar/working-calendar";
import { OVERSIGHT_KINDS } from "@/lib/modules/oversight/kinds";
import { buildActivity, emptyRows, type Ctx } from "@/lib/modules/oversight/demo-oversight";
import { cityPlan, liaoyuanPlan } from "@/lib/modules/oversight/demo-oversight-plan";
import { addPoll } from "@/lib/modules/oversight/demo-oversight-poll";
import { seededRandom } from "@/lib/seed/random";

function ctx(today: string): Ctx {
  const units = ["justice", "housing", "transport"].map((code, i) => ({
    id: `00000000-0000-7000-8000-00000000000${i}`,
    code,
    name: `${code} unit`,
    userId: null,
  }));
  return {
    tenantId: "00000000-0000-7000-8000-0000000000aa",
    slug: "test",
    cityName: "测试市",
    rand: seededRandom("unit-test"),
    cal: createWorkingCalendar({ holidays: [], workdays: [], confirmedYears: [] }),
    today,
    settings: { reportBackWorkingDays: 40, rectificationWorkingDays: 60, filingReviewWorkingDays: 30 },
    staff: new Map([
      ["committee", "u-committee"],
      ["leader", "u-leader"],
    ]),
    voters: Array.from({ length: 9 }, (_, i) => `voter-${i}`),
    units,
    demoUnit: units[0]!,
    committees: new Map([["finance-economy", "c-1"]]),
    firstCommittee: "c-1",
    deputies: Array.from({ length: 20 }, (_, i) => ({ id: `d-${i}`, name: `代表${i}`, userId: null })),
    areas: [{ id: "a-1", name: "某区", parentId: null }],
    planId: "p-1",
    rows: emptyRows(),
  };
}

describe("oversight demo planning", () => {
  test("the plans: Liaoyuan at the seed's counts (with its featured inquiry), the others every kind", () => {
    const counts = liaoyuanPlan().reduce<Record<string, number>>((m, s) => ((m[s.kind] = (m[s.kind] ?? 0) + 1), m), {});
    expect(counts).toEqual({
      WORK_REPORT: 29,
      LAW_INSPECTION: 4,
      INSPECTION_VISIT: 10,
      SPECIAL_INQUIRY: 3,
      APPRAISAL: 3,
      RESEARCH: 27,
    });
    expect(new Set(cityPlan("jining").map((s) => s.kind))).toEqual(new Set(OVERSIGHT_KINDS));
    // Taiyuan's inspections and inquiry come from its own file.
    expect(cityPlan("taiyuan").some((s) => s.kind === "LAW_INSPECTION" || s.kind === "SPECIAL_INQUIRY")).toBe(false);
  });

  test("an activity walks no further than today: early in the year the plan is mostly planned", () => {
    for (const today of ["2026-03-01", "2026-12-02"]) {
      const c = ctx(today);
      for (const spec of liaoyuanPlan()) buildActivity(c, spec);
      const future = c.rows.events.filter(
        (e) => (e.createdAt as Date).getTime() > new Date(`${today}T23:59:59+08:00`).getTime(),
      );
      expect(future, today).toEqual([]);
      const planned = c.rows.activities.filter((a) => a.status === "PLANNED").length;
      if (today === "2026-03-01") expect(planned).toBeGreaterThan(50);
      else expect(planned).toBeLessThan(10);
      // The last event of each activity is its status.
      for (const a of c.rows.activities)
        expect(c.rows.events.filter((e) => e.activityId === a.id).at(-1)!.toStatus).toBe(a.status);
    }
  });

  test("points and problems at the counts asked, every point with a problem when there are enough", () => {
    const c = ctx("2026-12-02");
    const a = buildActivity(c, {
      kind: "LAW_INSPECTION",
      title: "检查",
      committee: "finance-economy",
      quarter: 2,
      deputies: 15,
      points: 40,
      problems: 55,
      unitCodes: ["housing"],
    });
    expect(c.rows.points).toHaveLength(40);
    expect(c.rows.problems).toHaveLength(55);
    expect(new Set(c.rows.problems.map((p) => p.pointId)).size).toBe(40);
    expect(c.rows.participants.filter((p) => p.kind === "DEPUTY")).toHaveLength(15);
    expect(c.rows.problems.map((p) => p.seq)).toEqual(Array.from({ length: 55 }, (_, i) => i + 1));
    expect(a.problemIds).toHaveLength(55);
  });

  test("a poll's tallies add up to those who voted and keep within maxApprovals", () => {
    const c = ctx("2026-12-02");
    const poll = addPoll(c, {
      kind: "PROJECTS",
      optionSet: "YES_NO_ABSTAIN",
      title: "票决",
      description: "",
      meeting: "",
      openedAt: new Date("2026-01-22T02:00:00Z"),
      closedAt: new Date("2026-01-22T02:30:00Z"),
      items: Array.from({ length: 6 }, (_, i) => ({ label: `项目${i}` })),
      weights: () => [9, 1, 1],
      absent: 2,
      maxApprovals: 3,
    });
    expect(poll.voted).toBe(7);
    expect(c.rows.pollVoters.filter((v) => v.voted)).toHaveLength(7);
    for (const [i, id] of poll.itemIds.entries()) {
      const t = c.rows.pollTallies.filter((x) => x.itemId === id);
      expect(t.map((x) => x.option)).toEqual(["YES", "NO", "ABSTAIN"]);
      expect(t.reduce((n, x) => n + Number(x.count), 0)).toBe(7);
      expect(poll.counts[i]!.reduce((n, x) => n + x, 0)).toBe(7);
    }
    expect(poll.counts.reduce((n, row) => n + row[0]!, 0)).toBeLessThanOrEqual(7 * 3);
    // Voters carry no choice and no time.
    for (const v of c.rows.pollVoters)
      expect(Object.keys(v).sort()).toEqual(["id", "pollId", "present", "tenantId", "userId", "voted"]);
  });
});
