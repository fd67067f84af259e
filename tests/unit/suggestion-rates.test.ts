// The rates' formulas and the units' ranking, pure (schemas-stats.ts): each rate from its counts, null when there
// is nothing to divide by, a percentage with one decimal; the ranking by 办复率, then 满意率 (none below any),
// then assigned, then name.
import { describe, expect, test } from "vitest";
import {
  percent,
  rankUnits,
  statsCell,
  suggestionFigures,
  zeroSuggestionCounts,
  type SuggestionStatsRow,
} from "@/lib/modules/suggestions/client";

const figures = (o: Partial<ReturnType<typeof zeroSuggestionCounts>>) =>
  suggestionFigures({ ...zeroSuggestionCounts(), ...o });

describe("the rates", () => {
  test("Shenyang's 796 of 823 on time is 96.7%; Liaoyuan's A + B of replied", () => {
    const f = figures({ submitted: 823, assigned: 823, replied: 823, repliedOnTime: 796, a: 400, b: 183, c: 240 });
    expect(percent(f.replyRate)).toBe(96.7);
    expect(statsCell(f, "replyRate")).toBe(96.7);
    expect(percent(f.solvingRate)).toBe(70.8);
    expect(f.aShare! + f.bShare! + f.cShare!).toBeCloseTo(1);
  });

  test("办结率 = done / assigned; 满意率 = (satisfied + basic) / rated; nothing to divide by → null", () => {
    const f = figures({ assigned: 8, done: 6, rated: 4, satisfied: 2, basic: 1, unsatisfied: 1 });
    expect([f.doneRate, f.satisfactionRate]).toEqual([0.75, 0.75]);
    const none = figures({ submitted: 3 });
    expect([none.replyRate, none.doneRate, none.solvingRate, none.satisfactionRate, none.aShare]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(statsCell(none, "replyRate")).toBeNull();
    expect(statsCell(none, "submitted")).toBe(3);
  });
});

test("the ranking: 办复率, then 满意率 with none last, then assigned, then name", () => {
  const row = (label: string, o: Parameters<typeof figures>[0]): SuggestionStatsRow => ({
    key: label,
    label,
    ...figures(o),
  });
  const ranked = rankUnits([
    row("丙", { assigned: 4, repliedOnTime: 2, rated: 0 }),
    row("乙", { assigned: 4, repliedOnTime: 2, rated: 2, satisfied: 1 }),
    row("甲", { assigned: 2, repliedOnTime: 2 }),
    row("丁", { assigned: 0 }),
    row("戊", { assigned: 8, repliedOnTime: 4, rated: 0 }),
  ]);
  expect(ranked.map((r) => r.label)).toEqual(["甲", "乙", "戊", "丙", "丁"]);
});
