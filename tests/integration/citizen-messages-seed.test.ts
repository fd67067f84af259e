// The citizens' messages demo data (lib/modules/citizen-messages/seed.ts) as issue #11 tells it: Shantou 龙湖区's
// online station with its 102 messages of two years, all handled, and a message in every state along the way in
// the last month; 金平区 messages transferred to the city's units; Taiyuan's across its stations. Every message's
// timeline walks the state machine (actors, public flags, deadlines from the working-day calendar), the
// satisfaction figures add up, seeding twice adds nothing and every row stays in its city. seedDemo writes fixed
// slugs that other files seed too; the seeders lock per city, so whichever file runs first seeds.
import { beforeAll, describe, expect, test } from "vitest";
import { forTenant, unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { workingCalendar } from "@/lib/modules/calendar";
import { loadViewer, mayMove, seesMessage } from "@/lib/modules/citizen-messages";
import { messageDemoAccounts } from "@/lib/modules/citizen-messages/seed";
import { MESSAGE_STATUSES, MOVES, type MoveName } from "@/lib/modules/citizen-messages/workflow";
import { authenticateUser } from "@/lib/modules/identity";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { demoTenants } from "@/lib/seed/demo-tenants";
import { seedDemo } from "@/lib/seed/seed-demo";
import { memberOf } from "../factories/stations";

const CITIES = ["shantou", "taiyuan"];
const ids: Record<string, string> = {};
const DAY = 86_400_000;
/** "This month": the in-flight messages were all written within the last month or so (an overdue one was
 *  transferred more than 15 working days ago). */
const RECENT_DAYS = 45;

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

async function counts(tenantId: string) {
  const w = { where: { tenantId } };
  return {
    messages: await unsafePrisma.citizenMessage.count(w),
    events: await unsafePrisma.citizenMessageEvent.count(w),
    replies: await unsafePrisma.citizenMessageReply.count(w),
    users: await unsafePrisma.user.count(w),
    roles: await unsafePrisma.roleAssignment.count(w),
  };
}

async function longhuOnline() {
  return unsafePrisma.liaisonStation.findFirstOrThrow({
    where: { tenantId: ids.shantou!, kind: "ONLINE", name: { startsWith: "龙湖区" } },
  });
}

beforeAll(async () => {
  await seedDemo(() => {}, CITIES);
  for (const t of await unsafePrisma.tenant.findMany({ where: { slug: { in: CITIES } } })) ids[t.slug] = t.id;
}, 300_000);

describe.sequential("the citizens' messages demo data", () => {
  test("龙湖区's online station: exactly 102 handled messages over two years, the rest in flight this month", async () => {
    const online = await longhuOnline();
    const rows = await unsafePrisma.citizenMessage.findMany({
      where: { tenantId: ids.shantou!, stationId: online.id },
    });
    const now = Date.now();
    const closed = rows.filter((m) => m.status === "CLOSED");
    expect(closed).toHaveLength(102);
    for (const m of closed) {
      expect(m.createdAt.getTime()).toBeGreaterThanOrEqual(now - 731 * DAY);
      expect(m.createdAt.getTime()).toBeLessThan(now - 35 * DAY);
      expect(m.closedAt).not.toBeNull();
      expect(m.rating !== null || m.autoClosed, m.receiptCode).toBe(true);
    }
    const open = rows.filter((m) => m.status !== "CLOSED");
    expect(open.length).toBeGreaterThanOrEqual(16);
    for (const m of open) expect(m.createdAt.getTime()).toBeGreaterThan(now - RECENT_DAYS * DAY);
  });

  test("every state is present this month, with an overdue message and one due in one working day", async () => {
    const online = await longhuOnline();
    const since = new Date(Date.now() - RECENT_DAYS * DAY);
    const recent = await unsafePrisma.citizenMessage.findMany({
      where: { tenantId: ids.shantou!, stationId: online.id, createdAt: { gte: since } },
    });
    const states = new Set(recent.map((m) => m.status));
    for (const s of MESSAGE_STATUSES.filter((s) => s !== "CLOSED")) expect(states, s).toContain(s);
    // CLOSED ones of the last month are at the other Shantou stations (the 102 of 龙湖 are older).
    const shantou = await unsafePrisma.citizenMessage.groupBy({
      by: ["status"],
      where: { tenantId: ids.shantou!, createdAt: { gte: since } },
      _count: true,
    });
    expect(shantou.map((g) => g.status).sort()).toEqual([...MESSAGE_STATUSES].sort());

    const cal = await workingCalendar(ids.shantou!);
    const today = todayInShanghai();
    const left = recent
      .filter((m) => m.status === "TRANSFERRED")
      .map((m) => cal.workingDaysBetween(today, m.dueOn!.toISOString().slice(0, 10)));
    expect(left.some((d) => d < 0)).toBe(true);
    expect(left).toContain(1);
    const awaiting = recent.filter((m) => m.status === "RELEASED");
    expect(awaiting.length).toBeGreaterThanOrEqual(2);
    for (const m of awaiting) expect(m.rating).toBeNull();
    for (const m of recent.filter((m) => ["RETURNED", "DECLINED"].includes(m.status))) expect(m.reason).toBeTruthy();
    const merged = recent.find((m) => m.status === "MERGED")!;
    const into = recent.find((m) => m.id === merged.mergedIntoId)!;
    expect(into.status).toBe("TRANSFERRED");
    expect(into.title).toBe(merged.title);
    const reopened = recent.find((m) => m.status === "TRANSFERRED" && m.reopenCount === 1)!;
    expect(reopened.rating).toBe("UNSATISFIED");
  });

  test("龙湖's satisfaction figures add up: 88 rated (70 满意, 16 基本满意, 2 不满意 after the one reopening), 14 unrated", async () => {
    const online = await longhuOnline();
    const closed = await unsafePrisma.citizenMessage.findMany({
      where: { tenantId: ids.shantou!, stationId: online.id, status: "CLOSED" },
    });
    const rated = closed.filter((m) => !m.autoClosed);
    const by = (r: string) => rated.filter((m) => m.rating === r).length;
    expect(rated).toHaveLength(88);
    expect([by("SATISFIED"), by("BASIC"), by("UNSATISFIED")]).toEqual([70, 16, 2]);
    expect(closed.filter((m) => m.autoClosed && m.rating === null)).toHaveLength(14);
    for (const m of rated.filter((m) => m.rating === "UNSATISFIED")) expect(m.reopenCount).toBe(1);
    expect(closed.filter((m) => m.reopenCount === 1)).toHaveLength(6);
    // 满意率 (满意 + 基本满意 of the rated): 86 / 88.
    expect(((by("SATISFIED") + by("BASIC")) / rated.length).toFixed(3)).toBe("0.977");
  });

  test("every timeline walks the state machine: who, when, public flags, replies and deadlines", async () => {
    for (const slug of CITIES) {
      const tenantId = ids[slug]!;
      const cal = await workingCalendar(tenantId);
      const [messages, events, replies, grants] = await Promise.all([
        unsafePrisma.citizenMessage.findMany({ where: { tenantId } }),
        unsafePrisma.citizenMessageEvent.findMany({
          where: { tenantId },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
        unsafePrisma.citizenMessageReply.findMany({ where: { tenantId } }),
        unsafePrisma.roleAssignment.findMany({ where: { tenantId } }),
      ]);
      expect(messages.length, slug).toBeGreaterThan(slug === "shantou" ? 200 : 150);
      const office = new Set(grants.filter((g) => g.role === "deputyAffairs").map((g) => g.userId));
      const unitOf = new Map(grants.filter((g) => g.role === "unit").map((g) => [g.userId, g.scopeId]));
      const timeline = groupBy(events, (e) => e.messageId);
      const repliesOf = groupBy(replies, (r) => r.messageId);
      const now = Date.now();
      for (const m of messages) {
        const steps = timeline.get(m.id) ?? [];
        const label = `${slug} ${m.receiptCode}`;
        expect(steps[0], label).toMatchObject({
          kind: "submitted",
          fromStatus: null,
          toStatus: "SUBMITTED",
          public: true,
        });
        expect(steps[0]!.createdAt.getTime(), label).toBe(m.createdAt.getTime());
        let status = "SUBMITTED";
        let lastTransfer: Date | null = null;
        for (const e of steps.slice(1)) {
          const move = MOVES[e.kind as MoveName];
          expect(move, `${label} ${e.kind}`).toBeDefined();
          expect(e.fromStatus, `${label} ${e.kind}`).toBe(status);
          expect(move.from, `${label} ${e.kind}`).toContain(status);
          expect(e.public, `${label} ${e.kind}`).toBe(move.public);
          if (move.reason) expect(e.note, `${label} ${e.kind}`).not.toBe("");
          expect(e.createdAt.getTime()).toBeLessThanOrEqual(now);
          if (["citizen", "system"].includes(move.by)) expect(e.actorId, `${label} ${e.kind}`).toBeNull();
          else expect(e.actorId, `${label} ${e.kind}`).not.toBeNull();
          if (move.by === "office") expect(office.has(e.actorId!), `${label} ${e.kind}`).toBe(true);
          if (move.by === "unit") expect(unitOf.get(e.actorId!), `${label} ${e.kind}`).toBe(e.unitId);
          if (["transfer", "reassign", "reopen"].includes(e.kind)) lastTransfer = e.createdAt;
          status = e.toStatus;
        }
        expect(status, label).toBe(m.status);
        expect(m.updatedAt.getTime(), label).toBe(steps.at(-1)!.createdAt.getTime());
        const kinds = steps.map((e) => e.kind);
        const own = repliesOf.get(m.id) ?? [];
        expect(own.length, label).toBe(kinds.filter((k) => k === "reply" || k === "answer").length);
        expect(own.filter((r) => r.releasedAt).length, label).toBe(
          kinds.filter((k) => k === "release" || k === "answer").length,
        );
        expect(own.filter((r) => r.sentBackAt).length, label).toBe(kinds.filter((k) => k === "sendBack").length);
        if (m.unitId && lastTransfer)
          expect(m.dueOn!.toISOString().slice(0, 10), label).toBe(
            cal.addWorkingDays(todayInShanghai(lastTransfer), 15),
          );
        const firstUnitReply = steps.find((e) => e.kind === "reply");
        if (firstUnitReply) {
          expect(m.firstRepliedAt?.getTime(), label).toBe(firstUnitReply.createdAt.getTime());
          expect(m.repliedOnTime, label).not.toBeNull();
        }
        if (["RELEASED", "CLOSED"].includes(m.status)) expect(m.releasedAt, label).not.toBeNull();
        if (m.status === "CLOSED") expect(m.closedAt!.getTime(), label).toBe(steps.at(-1)!.createdAt.getTime());
        if (m.autoClosed) expect(kinds.at(-1), label).toBe("autoClose");
        // A closed message is rated or closed unrated by the city's period, never both: the figures add up.
        if (m.status === "CLOSED") expect(m.rating !== null, label).toBe(!m.autoClosed);
        if (m.rating !== null)
          expect(kinds.filter((k) => k === "rate" || k === "reopen").length, label).toBeGreaterThan(0);
        if (m.status === "MERGED") expect(m.mergedIntoId, label).not.toBeNull();
        if (m.publishedAt) expect(m.publishConsent, label).toBe(true);
        if (m.replyByPhone) expect(m.phone, label).toMatch(/^1380000\d{4}$/);
      }
      // Some late first replies, most on time.
      const onTime = messages.filter((m) => m.repliedOnTime === true).length;
      const late = messages.filter((m) => m.repliedOnTime === false).length;
      expect(late, slug).toBeGreaterThan(0);
      expect(onTime, slug).toBeGreaterThan(late * 4);
    }
  });

  test("金平区 stations have messages transferred to the city's units; Taiyuan's spread over its stations", async () => {
    const areas = await unsafePrisma.area.findMany({ where: { tenantId: ids.shantou! } });
    const jinping = areas.find((a) => a.name === "金平区" && !a.parentId)!;
    const under = new Set([jinping.id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const a of areas)
        if (a.parentId && under.has(a.parentId) && !under.has(a.id)) {
          under.add(a.id);
          grew = true;
        }
    }
    const stations = await unsafePrisma.liaisonStation.findMany({
      where: { tenantId: ids.shantou!, areaId: { in: [...under] } },
      select: { id: true },
    });
    const jp = await unsafePrisma.citizenMessage.findMany({
      where: { tenantId: ids.shantou!, stationId: { in: stations.map((x) => x.id) }, unitId: { not: null } },
      select: { stationId: true, unitId: true, status: true },
    });
    expect(new Set(jp.map((m) => m.stationId)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(jp.map((m) => m.unitId)).size).toBeGreaterThanOrEqual(5);
    expect(jp.some((m) => m.status === "TRANSFERRED")).toBe(true);
    const ty = await unsafePrisma.citizenMessage.groupBy({ by: ["stationId"], where: { tenantId: ids.taiyuan! } });
    expect(ty.length).toBeGreaterThanOrEqual(50);
  });

  test("the demo accounts: the deputy accepts at their station, the unit has its inbox, the office sees all", async () => {
    const tenantId = ids.shantou!;
    const account = (username: string) => unsafePrisma.user.findFirstOrThrow({ where: { tenantId, username } });
    const deputy = await loadViewer(await memberOf(await account("deputy")));
    const waiting = await unsafePrisma.citizenMessage.findMany({ where: { tenantId, status: "SUBMITTED" } });
    expect(waiting.some((m) => mayMove(deputy, "accept", m) && m.deputyId === deputy.deputyId)).toBe(true);
    const station = await loadViewer(await memberOf(await account("station")));
    expect(waiting.some((m) => mayMove(station, "accept", m))).toBe(true);
    const unit = await loadViewer(await memberOf(await account("unit")));
    const transferred = await unsafePrisma.citizenMessage.findMany({ where: { tenantId, status: "TRANSFERRED" } });
    expect(transferred.filter((m) => mayMove(unit, "reply", m)).length).toBeGreaterThanOrEqual(2);
    const replied = await unsafePrisma.citizenMessage.findMany({ where: { tenantId, status: "REPLIED" } });
    expect(replied.some((m) => mayMove(deputy, "release", m))).toBe(true);
    const office = await loadViewer(await memberOf(await account("deputy-affairs")));
    expect(transferred.every((m) => seesMessage(office, m) && mayMove(office, "transfer", { ...m }))).toBe(true);
    // The accounts this seeder adds sign in with the demo password and hold their scope.
    for (const slug of CITIES) {
      const codes = demoTenants.find((t) => t.slug === slug)!.units.map((u) => u.code);
      const extra = messageDemoAccounts(slug, codes);
      expect(extra.length, slug).toBeGreaterThan(3);
      const users = await unsafePrisma.user.findMany({
        where: { tenantId: ids[slug]!, username: { notIn: DEMO_ACCOUNTS.map((a) => a.username) } },
        include: { roles: true },
      });
      expect(users.map((u) => u.username).sort(), slug).toEqual([...extra].sort());
      for (const u of users) expect(u.roles[0]?.scopeId, u.username).toBeTruthy();
    }
    const signedIn = await authenticateUser({ tenantSlug: "shantou", username: "unit-water", password: DEMO_PASSWORD });
    expect(signedIn).toMatchObject({ ok: true });
  });

  test("every row stays in its city", async () => {
    for (const slug of CITIES) {
      const tenantId = ids[slug]!;
      // unsafe: a check across tables of one tenant.
      const [cross] = await unsafePrisma.$queryRaw<{ n: number }[]>`
        SELECT (
          (SELECT count(*) FROM "CitizenMessage" m JOIN "LiaisonStation" s ON s."id" = m."stationId" WHERE m."tenantId" = ${tenantId}::uuid AND s."tenantId" <> m."tenantId")
        + (SELECT count(*) FROM "CitizenMessage" m JOIN "Unit" u ON u."id" = m."unitId" WHERE m."tenantId" = ${tenantId}::uuid AND u."tenantId" <> m."tenantId")
        + (SELECT count(*) FROM "CitizenMessageEvent" e JOIN "CitizenMessage" m ON m."id" = e."messageId" WHERE e."tenantId" = ${tenantId}::uuid AND m."tenantId" <> e."tenantId")
        + (SELECT count(*) FROM "CitizenMessageEvent" e JOIN "User" u ON u."id" = e."actorId" WHERE e."tenantId" = ${tenantId}::uuid AND u."tenantId" <> e."tenantId")
        + (SELECT count(*) FROM "CitizenMessageReply" r JOIN "CitizenMessage" m ON m."id" = r."messageId" WHERE r."tenantId" = ${tenantId}::uuid AND m."tenantId" <> r."tenantId")
        )::int AS n`;
      expect(cross!.n, slug).toBe(0);
    }
    const one = await unsafePrisma.citizenMessage.findFirstOrThrow({ where: { tenantId: ids.shantou! } });
    expect(await forTenant(ids.taiyuan!).citizenMessage.count({ where: { id: one.id } })).toBe(0);
    expect(await forTenant(ids.shantou!).citizenMessage.count({ where: { id: one.id } })).toBe(1);
    expect(
      await forTenant(ids.taiyuan!).citizenMessage.count({ where: { receiptCode: one.receiptCode, id: one.id } }),
    ).toBe(0);
  });

  test("seeding twice adds nothing", { timeout: 120_000 }, async () => {
    const before = await Promise.all(CITIES.map((s) => counts(ids[s]!)));
    await seedDemo(() => {}, CITIES);
    expect(await Promise.all(CITIES.map((s) => counts(ids[s]!)))).toEqual(before);
  });
});
