// 民生实事代表票决制's pure rules: ranking by 赞成, the majority of ballots, the number to choose, ties.
import { describe, expect, test } from "vitest";
import { decideProjects, statusAfterReport, takesReports } from "@/lib/modules/oversight/rules-project";

describe("decideProjects", () => {
  test("ranked by 赞成; chosen when 赞成 > half of the ballots, up to the number to choose", () => {
    const d = decideProjects(
      [
        { projectId: "a", yes: 3 },
        { projectId: "b", yes: 9 },
        { projectId: "c", yes: 6 },
        { projectId: "d", yes: 8 },
      ],
      10,
      2,
    );
    expect(d.map((x) => [x.projectId, x.rank, x.chosen])).toEqual([
      ["b", 1, true],
      ["d", 2, true],
      ["c", 3, false],
      ["a", 4, false],
    ]);
  });
  test("exactly half is not a majority; fewer chosen than asked when too few pass", () => {
    const d = decideProjects(
      [
        { projectId: "a", yes: 5 },
        { projectId: "b", yes: 6 },
      ],
      10,
      2,
    );
    expect(d.find((x) => x.projectId === "a")!.chosen).toBe(false);
    expect(d.find((x) => x.projectId === "b")!.chosen).toBe(true);
  });
  test("ties keep the ballot's order; no ballots chooses none", () => {
    const d = decideProjects(
      [
        { projectId: "a", yes: 4 },
        { projectId: "b", yes: 4 },
      ],
      5,
      1,
    );
    expect(d.map((x) => [x.projectId, x.chosen])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(decideProjects([{ projectId: "a", yes: 0 }], 0, 1)[0]!.chosen).toBe(false);
  });
  test("progress moves", () => {
    expect(statusAfterReport(40)).toBe("UNDERWAY");
    expect(statusAfterReport(100)).toBe("DONE");
    expect(takesReports("CHOSEN")).toBe(true);
    expect(takesReports("NOT_CHOSEN")).toBe(false);
    expect(takesReports("DONE")).toBe(false);
  });
});
