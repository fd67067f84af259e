// The regulation pipeline's state machine (lib/modules/legislation/workflow.ts), exhaustively: every (from, to)
// pair of stages, what each allowed transition must record, and which stages are terminal.
import { describe, expect, test } from "vitest";
import {
  allowedTransitions,
  checkTransition,
  isActive,
  PIPELINE,
  requiresDraft,
  requiresEffectiveDate,
  requiresMeeting,
  requiresReason,
  STAGES,
  TRANSITIONS,
  type RegulationStage,
} from "@/lib/modules/legislation";

// The rules as the issue states them, written out independently of workflow.ts.
const EXPECTED: Record<RegulationStage, RegulationStage[]> = {
  PLANNED: ["DRAFTING", "WITHDRAWN", "SHELVED"],
  DRAFTING: ["ARGUMENTATION", "SUBMITTED", "WITHDRAWN", "SHELVED"],
  ARGUMENTATION: ["DRAFTING", "SUBMITTED", "WITHDRAWN", "SHELVED"],
  SUBMITTED: ["FIRST_READING", "WITHDRAWN", "SHELVED"],
  FIRST_READING: ["SECOND_READING", "WITHDRAWN", "SHELVED"],
  SECOND_READING: ["THIRD_READING", "PASSED", "WITHDRAWN", "SHELVED"],
  THIRD_READING: ["PASSED", "WITHDRAWN", "SHELVED"],
  PASSED: ["PROVINCIAL_APPROVAL"],
  PROVINCIAL_APPROVAL: ["PROMULGATED"],
  PROMULGATED: [],
  WITHDRAWN: [],
  SHELVED: ["PLANNED", "DRAFTING"],
};

const MEETING: RegulationStage[] = ["FIRST_READING", "SECOND_READING", "THIRD_READING", "PASSED"];
const DRAFT: RegulationStage[] = ["FIRST_READING", "SECOND_READING", "THIRD_READING"];
const NOTE: RegulationStage[] = ["WITHDRAWN", "SHELVED"];
const EFFECTIVE: RegulationStage[] = ["PROMULGATED"];

/** Exactly the fields a move to `to` must record, and nothing else. */
function minimalInput(to: RegulationStage) {
  return {
    to,
    occurredOn: "2024-05-20",
    ...(MEETING.includes(to) ? { meeting: "常委会第三次会议" } : {}),
    ...(DRAFT.includes(to) ? { draftVersionId: "0190a0b0-0000-7000-8000-000000000001" } : {}),
    ...(NOTE.includes(to) ? { note: "起草单位申请撤回" } : {}),
    ...(EFFECTIVE.includes(to) ? { effectiveOn: "2024-10-01" } : {}),
  };
}

/** Every field supplied: only the (from, to) pair decides. */
const fullInput = (to: RegulationStage) => ({
  to,
  occurredOn: "2024-05-20",
  meeting: "常委会第三次会议",
  draftVersionId: "0190a0b0-0000-7000-8000-000000000001",
  note: "说明",
  effectiveOn: "2024-10-01",
});

const PAIRS = STAGES.flatMap((from) => STAGES.map((to) => [from, to] as const));
const ALLOWED = PAIRS.filter(([from, to]) => EXPECTED[from].includes(to));
const REFUSED = PAIRS.filter(([from, to]) => !EXPECTED[from].includes(to));

test("the stages, in pipeline order, with the two side exits", () => {
  expect(STAGES).toEqual([
    "PLANNED",
    "DRAFTING",
    "ARGUMENTATION",
    "SUBMITTED",
    "FIRST_READING",
    "SECOND_READING",
    "THIRD_READING",
    "PASSED",
    "PROVINCIAL_APPROVAL",
    "PROMULGATED",
    "WITHDRAWN",
    "SHELVED",
  ]);
  expect(PIPELINE).toEqual([
    "PLANNED",
    "DRAFTING",
    "ARGUMENTATION",
    "SUBMITTED",
    "FIRST_READING",
    "SECOND_READING",
    "THIRD_READING",
    "PASSED",
    "PROVINCIAL_APPROVAL",
    "PROMULGATED",
  ]);
  expect(PAIRS).toHaveLength(144);
  expect(ALLOWED).toHaveLength(28);
  expect(REFUSED).toHaveLength(116);
});

test("TRANSITIONS is exactly the table the issue describes (every stage has an entry, no duplicates)", () => {
  expect(Object.keys(TRANSITIONS).sort()).toEqual([...STAGES].sort());
  for (const from of STAGES) {
    expect([...TRANSITIONS[from]].sort(), from).toEqual([...EXPECTED[from]].sort());
    expect(new Set(TRANSITIONS[from]).size, from).toBe(TRANSITIONS[from].length);
    expect(allowedTransitions(from), from).toBe(TRANSITIONS[from]);
    expect(TRANSITIONS[from], `${from} → itself`).not.toContain(from);
  }
});

describe("every allowed pair passes with the fields it needs", () => {
  test.each(ALLOWED)("%s → %s", (from, to) => {
    expect(checkTransition(from, minimalInput(to))).toBeNull();
    expect(checkTransition(from, fullInput(to))).toBeNull();
  });
});

describe("every other pair is refused as transitionNotAllowed, whatever is supplied", () => {
  test.each(REFUSED)("%s → %s", (from, to) => {
    expect(checkTransition(from, fullInput(to))).toEqual({ key: "transitionNotAllowed" });
    // Not allowed is the first answer: missing fields are not even looked at.
    expect(checkTransition(from, { to, occurredOn: "2024-05-20" })).toEqual({ key: "transitionNotAllowed" });
  });
});

describe("what an allowed transition must record", () => {
  const cases: {
    field: "meeting" | "draftVersionId" | "note" | "effectiveOn";
    key: string;
    stages: RegulationStage[];
  }[] = [
    { field: "meeting", key: "meetingRequired", stages: MEETING },
    { field: "draftVersionId", key: "draftRequired", stages: DRAFT },
    { field: "note", key: "reasonRequired", stages: NOTE },
    { field: "effectiveOn", key: "effectiveOnRequired", stages: EFFECTIVE },
  ];
  for (const { field, key, stages } of cases) {
    test(`${field} is required exactly for ${stages.join(", ")}`, () => {
      for (const [from, to] of ALLOWED) {
        const without = { ...minimalInput(to) } as Record<string, unknown>;
        delete without[field];
        const problem = checkTransition(from, without as ReturnType<typeof minimalInput>);
        if (stages.includes(to)) expect(problem, `${from} → ${to} without ${field}`).toEqual({ key, field });
        else expect(problem, `${from} → ${to} without ${field}`).toBeNull();
        // null and (for text) blank count as missing too
        if (stages.includes(to)) {
          expect(
            checkTransition(from, { ...minimalInput(to), [field]: null }),
            `${from} → ${to} with ${field}: null`,
          ).toEqual({ key, field });
          const blank = field === "meeting" || field === "note" ? " \u3000 " : "";
          expect(
            checkTransition(from, { ...minimalInput(to), [field]: blank }),
            `${from} → ${to} with blank ${field}`,
          ).toEqual({ key, field });
        }
      }
    });
  }

  test("the meeting is asked for before the draft (a reading with neither names the meeting first)", () => {
    expect(checkTransition("SUBMITTED", { to: "FIRST_READING", occurredOn: "2024-05-20" })).toEqual({
      key: "meetingRequired",
      field: "meeting",
    });
    expect(
      checkTransition("SUBMITTED", { to: "FIRST_READING", occurredOn: "2024-05-20", meeting: "常委会第三次会议" }),
    ).toEqual({ key: "draftRequired", field: "draftVersionId" });
  });

  test("requiresMeeting / requiresDraft / requiresReason / requiresEffectiveDate agree with the table", () => {
    for (const s of STAGES) {
      expect(requiresMeeting(s), s).toBe(MEETING.includes(s));
      expect(requiresDraft(s), s).toBe(DRAFT.includes(s));
      expect(requiresReason(s), s).toBe(NOTE.includes(s));
      expect(requiresEffectiveDate(s), s).toBe(EFFECTIVE.includes(s));
    }
  });
});

describe("terminal and active stages", () => {
  test("PROMULGATED and WITHDRAWN are terminal: nothing leaves them", () => {
    for (const from of ["PROMULGATED", "WITHDRAWN"] as const) {
      expect(TRANSITIONS[from]).toEqual([]);
      for (const to of STAGES)
        expect(checkTransition(from, fullInput(to)), `${from} → ${to}`).toEqual({ key: "transitionNotAllowed" });
    }
    const terminal = STAGES.filter((s) => TRANSITIONS[s].length === 0);
    expect(terminal).toEqual(["PROMULGATED", "WITHDRAWN"]);
  });

  test("a shelved project can be taken up again (PLANNED or DRAFTING), nothing else", () => {
    expect(STAGES.filter((to) => checkTransition("SHELVED", fullInput(to)) === null)).toEqual(["PLANNED", "DRAFTING"]);
  });

  test("every stage of the main line is reachable from PLANNED, and PROMULGATED from every active stage", () => {
    const reach = (from: RegulationStage) => {
      const seen = new Set<RegulationStage>([from]);
      const queue = [from];
      while (queue.length) {
        for (const next of TRANSITIONS[queue.shift()!]) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      return seen;
    };
    expect([...reach("PLANNED")].sort()).toEqual([...STAGES].sort());
    for (const s of STAGES.filter(isActive)) expect(reach(s).has("PROMULGATED"), s).toBe(true);
  });

  test("isActive: neither finished nor abandoned", () => {
    expect(STAGES.filter((s) => !isActive(s))).toEqual(["PROMULGATED", "WITHDRAWN", "SHELVED"]);
  });
});
