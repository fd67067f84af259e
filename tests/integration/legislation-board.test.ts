// The pipeline board: exact counts per stage, the most recently moved cards of each column, filters, and
// nothing of another city.
import { describe, expect, test } from "vitest";
import { BOARD_CARDS_PER_STAGE, listRegulationsInForce, pipelineBoard } from "@/lib/modules/legislation";
import { createCommittee, createTenant } from "../factories";
import { createRegulation } from "../factories/legislation";

const day = (i: number) => `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + i).padStart(2, "0")}`;

describe("pipelineBoard", () => {
  test("counts every regulation of a stage and shows its newest moves first, capped per column", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const committee = await createCommittee(tenant, { shortName: "法制委" });
    const drafting = [];
    for (let i = 0; i < BOARD_CARDS_PER_STAGE + 2; i++)
      drafting.push(
        await createRegulation(tenant, {
          stage: "DRAFTING",
          stageChangedOn: day(i),
          year: 2024,
          committeeId: committee.id,
        }),
      );
    const reading = await createRegulation(tenant, {
      stage: "FIRST_READING",
      stageChangedOn: "2023-05-06",
      year: 2023,
    });
    await createRegulation(other, { stage: "DRAFTING", stageChangedOn: "2024-12-30" });

    const board = await pipelineBoard(tenant.id, {});
    expect(board.total).toBe(BOARD_CARDS_PER_STAGE + 3);
    const column = (stage: string) => board.columns.find((c) => c.stage === stage)!;
    expect(column("DRAFTING").count).toBe(BOARD_CARDS_PER_STAGE + 2);
    const newestFirst = [...drafting]
      .sort((a, b) => b.stageChangedOn.getTime() - a.stageChangedOn.getTime())
      .slice(0, BOARD_CARDS_PER_STAGE);
    expect(column("DRAFTING").cards.map((c) => c.id)).toEqual(newestFirst.map((r) => r.id));
    expect(column("DRAFTING").cards[0]).toMatchObject({ committee: "法制委", year: 2024, kind: "NEW" });
    expect(column("FIRST_READING")).toMatchObject({
      count: 1,
      cards: [{ id: reading.id, since: "2023-05-06", committee: null }],
    });
    expect(column("PLANNED")).toMatchObject({ count: 0, cards: [] });
    // Every stage has its column, in pipeline order, exits last.
    expect(board.columns.map((c) => c.stage).slice(-2)).toEqual(["SHELVED", "WITHDRAWN"]);
  });

  test("filters by year and committee narrow both counts and cards", async () => {
    const tenant = await createTenant();
    const a = await createCommittee(tenant);
    const b = await createCommittee(tenant);
    await createRegulation(tenant, { stage: "DRAFTING", year: 2024, committeeId: a.id });
    const kept = await createRegulation(tenant, { stage: "DRAFTING", year: 2025, committeeId: b.id });
    await createRegulation(tenant, { stage: "SUBMITTED", year: 2025, committeeId: a.id });
    const board = await pipelineBoard(tenant.id, { year: 2025, committeeId: b.id });
    expect(board.total).toBe(1);
    expect(board.columns.filter((c) => c.count > 0).map((c) => [c.stage, c.cards.map((x) => x.id)])).toEqual([
      ["DRAFTING", [kept.id]],
    ]);
  });

  test("the in-force list holds promulgated regulations of this city only", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const inForce = await createRegulation(tenant, {
      stage: "PROMULGATED",
      stageChangedOn: "2022-03-01",
      effectiveOn: "2022-05-01",
    });
    await createRegulation(tenant, { stage: "SECOND_READING" });
    await createRegulation(other, { stage: "PROMULGATED" });
    expect(await listRegulationsInForce(tenant.id)).toEqual([
      expect.objectContaining({ id: inForce.id, promulgatedOn: "2022-03-01", effectiveOn: "2022-05-01" }),
    ]);
  });
});
