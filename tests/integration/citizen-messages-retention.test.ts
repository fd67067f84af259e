// The retention the message form promises (个人信息保护说明): two years after a message is finished, its writer's
// name, phone and e-mail are deleted and phone numbers in its text masked; open or recently finished messages keep
// theirs, another city's are untouched, and a second run changes nothing.
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { eraseExpiredContactsIn } from "@/lib/modules/citizen-messages";
import { newReceiptCode } from "@/lib/receipt";
import { createTenant, createUnit } from "../factories";
import { station } from "../factories/stations";

const NOW = new Date("2026-12-02T02:00:00Z");
const LONG_AGO = new Date("2024-06-01T02:00:00Z");
const LAST_YEAR = new Date("2025-12-20T02:00:00Z");

async function message(
  t: { id: string },
  stationId: string,
  data: Partial<Prisma.CitizenMessageUncheckedCreateInput>,
  lastEventAt: Date,
) {
  const m = await unsafePrisma.citizenMessage.create({
    data: {
      tenantId: t.id,
      stationId,
      category: "urban",
      title: "路灯不亮，电话13800138000",
      body: "小区门口路灯坏了一个月，请打13800138000联系我。",
      name: "张三",
      phone: "13800138000",
      email: "citizen@example.com",
      replyByPhone: true,
      receiptCode: newReceiptCode(),
      createdAt: LONG_AGO,
      ...data,
    },
  });
  await unsafePrisma.citizenMessageEvent.create({
    data: { tenantId: t.id, messageId: m.id, kind: "rate", toStatus: m.status, public: true, createdAt: lastEventAt },
  });
  return m;
}

describe("erasing contacts past their retention", () => {
  test("finished and untouched for two years: contacts gone, phones in the text masked; others kept", async () => {
    const t = await createTenant();
    const s = await station(t);
    const old = await message(t, s.id, { status: "CLOSED", closedAt: LONG_AGO }, LONG_AGO);
    const declined = await message(t, s.id, { status: "DECLINED", reason: "不属于受理范围" }, LONG_AGO);
    const recent = await message(t, s.id, { status: "CLOSED", closedAt: LAST_YEAR }, LAST_YEAR);
    const unit = await createUnit(t);
    const open = await message(t, s.id, { status: "TRANSFERRED", unitId: unit.id, dueOn: LONG_AGO }, LONG_AGO);
    const other = await createTenant();
    const otherStation = await station(other);
    const elsewhere = await message(other, otherStation.id, { status: "CLOSED", closedAt: LONG_AGO }, LONG_AGO);

    expect(await eraseExpiredContactsIn(t.id, NOW)).toBe(2);
    const read = (id: string, tenantId = t.id) =>
      unsafePrisma.citizenMessage.findFirstOrThrow({ where: { tenantId, id } });
    for (const m of [await read(old.id), await read(declined.id)]) {
      expect(m).toMatchObject({ name: null, phone: null, email: null, replyByPhone: false });
      expect(m.title).not.toContain("13800138000");
      expect(m.body).not.toContain("13800138000");
      expect(m.body).toContain("小区门口路灯坏了一个月");
    }
    expect(await read(recent.id)).toMatchObject({ name: "张三", phone: "13800138000" });
    expect(await read(open.id)).toMatchObject({ phone: "13800138000" });
    expect(await read(elsewhere.id, other.id)).toMatchObject({ phone: "13800138000", email: "citizen@example.com" });
    expect(await eraseExpiredContactsIn(t.id, NOW)).toBe(0);
  });
});
