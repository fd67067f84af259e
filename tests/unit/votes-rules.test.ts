// The pass rules and the choice checks of the vote engine.
import { describe, expect, test } from "vitest";
import { checkChoices, passes } from "@/lib/modules/votes/client-votes";

describe("pass rules", () => {
  test("majority of all members: more than half of memberTotal", () => {
    expect(passes("MAJORITY_OF_ALL", 5, { memberTotal: 9, present: 6 })).toBe(true);
    expect(passes("MAJORITY_OF_ALL", 4, { memberTotal: 9, present: 5 })).toBe(false);
    expect(passes("MAJORITY_OF_ALL", 5, { memberTotal: 10, present: 10 })).toBe(false);
    expect(passes("MAJORITY_OF_ALL", 5, { memberTotal: null, present: 6 })).toBe(false);
  });
  test("majority of those present", () => {
    expect(passes("MAJORITY_OF_PRESENT", 4, { memberTotal: 30, present: 7 })).toBe(true);
    expect(passes("MAJORITY_OF_PRESENT", 3, { memberTotal: 30, present: 6 })).toBe(false);
    expect(passes("MAJORITY_OF_PRESENT", 0, { memberTotal: 30, present: 0 })).toBe(false);
  });
  test("two thirds of all", () => {
    expect(passes("TWO_THIRDS_OF_ALL", 6, { memberTotal: 9, present: 9 })).toBe(true);
    expect(passes("TWO_THIRDS_OF_ALL", 5, { memberTotal: 9, present: 9 })).toBe(false);
    expect(passes("TWO_THIRDS_OF_ALL", 20, { memberTotal: 30, present: 30 })).toBe(true);
  });
});

describe("choices", () => {
  const poll = { optionSet: "YES_NO_ABSTAIN", maxApprovals: 2 };
  test("every item, valid options, at most maxApprovals yes", () => {
    expect(checkChoices(poll, ["a", "b", "c"], { a: "YES", b: "NO", c: "YES" })).toBeNull();
    expect(checkChoices(poll, ["a", "b", "c"], { a: "YES", b: "NO" })).toBe("incomplete");
    expect(checkChoices(poll, ["a", "b"], { a: "YES", x: "NO" })).toBe("incomplete");
    expect(checkChoices(poll, ["a", "b"], { a: "YES", b: "SATISFIED" })).toBe("badOption");
    expect(checkChoices(poll, ["a", "b", "c"], { a: "YES", b: "YES", c: "YES" })).toBe("tooManyApprovals");
  });
});
