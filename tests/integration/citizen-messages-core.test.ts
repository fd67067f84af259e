// The citizen-message foundation against real PostgreSQL: a move is a compare-and-set with its timeline event
// (a second, concurrent move of the same message is refused, nothing written twice), a move from the wrong
// state or without its reason is refused, the table's checks hold, and a deputy's viewer knows their stations.
import { describe, expect, test } from "vitest";
import { forTenant, unsafePrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadViewer, moveMessage, seesMessage } from "@/lib/modules/citizen-messages";
import { newReceiptCode } from "@/lib/receipt";
import { createTenant, createUnit } from "../factories";
import { deputyWithAccount, memberOf, station } from "../factories/stations";

async function message(tenantId: string, stationId: string) {
  return unsafePrisma.citizenMessage.create({
    data: {
      tenantId,
      stationId,
      category: "urban",
      title: "路灯不亮",
      body: "小区门口路灯坏了一个月。",
      receiptCode: newReceiptCode(),
    },
  });
}

describe("moveMessage", () => {
  test("moves once with its event; a concurrent second move of the same state is refused", async () => {
    const t = await createTenant();
    const s = await station(t);
    const m = await message(t.id, s.id);
    const db = forTenant(t.id);
    const attempts = await Promise.allSettled(
      [0, 1].map(() => db.$transaction((tx) => moveMessage(tx, t.id, { message: m, move: "accept", actorId: null }))),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect((refused.reason as AppError).code).toBe("CONFLICT");
    const events = await db.citizenMessageEvent.findMany({ where: { messageId: m.id } });
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.public])).toEqual([
      ["accept", "SUBMITTED", "ACCEPTED", true],
    ]);
    expect((await db.citizenMessage.findFirst({ where: { id: m.id } }))?.status).toBe("ACCEPTED");
  });

  test("a move from the wrong state, or without its reason, changes nothing", async () => {
    const t = await createTenant();
    const s = await station(t);
    const m = await message(t.id, s.id);
    const db = forTenant(t.id);
    await expect(
      db.$transaction((tx) => moveMessage(tx, t.id, { message: m, move: "release", actorId: null })),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "citizenMessages.errors.moveNotAllowed" });
    await expect(
      db.$transaction((tx) => moveMessage(tx, t.id, { message: m, move: "return", actorId: null, note: "  " })),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.citizenMessageEvent.count({ where: { messageId: m.id } })).toBe(0);
  });

  test("a transferred message carries its unit and deadline; a call back needs a phone", async () => {
    const t = await createTenant();
    const s = await station(t);
    const u = await createUnit(t);
    const m = await message(t.id, s.id);
    await expect(
      forTenant(t.id).citizenMessage.updateMany({ where: { id: m.id }, data: { status: "TRANSFERRED" } }),
    ).rejects.toThrow(/CitizenMessage_transferred/);
    await forTenant(t.id).citizenMessage.updateMany({
      where: { id: m.id },
      data: { status: "TRANSFERRED", unitId: u.id, dueOn: new Date("2026-12-22") },
    });
    await expect(
      forTenant(t.id).citizenMessage.updateMany({ where: { id: m.id }, data: { replyByPhone: true } }),
    ).rejects.toThrow(/CitizenMessage_replyByPhone/);
  });
});

describe("loadViewer", () => {
  test("a deputy sees the messages of the stations they are grouped into", async () => {
    const t = await createTenant();
    const s = await station(t);
    const other = await station(t);
    const { user, deputy } = await deputyWithAccount(t);
    await unsafePrisma.stationDeputy.create({ data: { tenantId: t.id, stationId: s.id, deputyId: deputy.id } });
    const viewer = await loadViewer((await memberOf(user))!);
    expect(viewer.deputyId).toBe(deputy.id);
    expect(seesMessage(viewer, { stationId: s.id, deputyId: null, unitId: null })).toBe(true);
    expect(seesMessage(viewer, { stationId: other.id, deputyId: null, unitId: null })).toBe(false);
  });
});
