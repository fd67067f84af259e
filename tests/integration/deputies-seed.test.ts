// The deputies and stations demo data as the seeds tell it (lib/modules/deputies/demo-deputies.ts,
// lib/modules/stations/demo-stations.ts, demo-receptions.ts): Taiyuan's 546 stations and 4,906 deputies all
// grouped, Shantou's 金平区 / 龙湖区 / 南澳县 and their figures, Jining's 15th, and the demo accounts' links. seedDemo
// writes fixed slugs that other files seed too; the seeders lock per city, so whichever file runs first seeds.
import { beforeAll, describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { demoTenants } from "@/lib/seed/demo-tenants";
import { seedDemo } from "@/lib/seed/seed-demo";

const ids: Record<string, string> = {};
const where = (slug: string) => ({ tenantId: ids[slug]! });

async function counts() {
  return Promise.all(
    demoTenants.map(async ({ slug }) => {
      const w = where(slug);
      const [deputies, stations, members, items, evidence, schedules, days, records, attendance, issues] =
        await Promise.all([
          unsafePrisma.deputy.count({ where: w }),
          unsafePrisma.liaisonStation.count({ where: w }),
          unsafePrisma.stationDeputy.count({ where: w }),
          unsafePrisma.stationStandardItem.count({ where: w }),
          unsafePrisma.stationEvidence.count({ where: w }),
          unsafePrisma.receptionSchedule.count({ where: w }),
          unsafePrisma.receptionDay.count({ where: w }),
          unsafePrisma.receptionRecord.count({ where: w }),
          unsafePrisma.receptionAttendance.count({ where: w }),
          unsafePrisma.receptionIssue.count({ where: w }),
        ]);
      return { slug, deputies, stations, members, items, evidence, schedules, days, records, attendance, issues };
    }),
  );
}

/** The district (top-level area) of each station, by name. */
async function stationsByDistrict(slug: string) {
  const areas = await unsafePrisma.area.findMany({
    where: where(slug),
    select: { id: true, parentId: true, name: true },
  });
  const byId = new Map(areas.map((a) => [a.id, a]));
  const top = (id: string): string => {
    const a = byId.get(id)!;
    return a.parentId ? top(a.parentId) : a.name;
  };
  const stations = await unsafePrisma.liaisonStation.findMany({ where: where(slug) });
  return { areas, byId, stations: stations.map((s) => ({ ...s, district: s.areaId ? top(s.areaId) : "" })) };
}

let seconds = 0;
beforeAll(async () => {
  const started = performance.now();
  await seedDemo();
  seconds = (performance.now() - started) / 1000;
  for (const t of await unsafePrisma.tenant.findMany({ where: { slug: { in: demoTenants.map((d) => d.slug) } } }))
    ids[t.slug] = t.id;
}, 300_000);

describe.sequential("the deputies and stations demo data", () => {
  test("every demo city has deputies, stations, a standard, reception days and records", async () => {
    console.info(`seedDemo (all cities, first run in this database or after another file): ${seconds.toFixed(1)} s`);
    for (const c of await counts()) {
      expect(c.deputies, c.slug).toBeGreaterThan(20);
      expect(c.stations, c.slug).toBeGreaterThan(3);
      expect(c.items, c.slug).toBeGreaterThanOrEqual(4);
      expect(c.evidence, c.slug).toBeGreaterThan(0);
      expect(c.days, c.slug).toBeGreaterThan(c.stations * 4);
      expect(c.records, c.slug).toBeGreaterThan(0);
      expect(c.attendance, c.slug).toBeGreaterThanOrEqual(c.records);
      expect(c.issues, c.slug).toBeGreaterThan(0);
    }
  });

  test("seeding twice changes nothing", { timeout: 300_000 }, async () => {
    const before = await counts();
    await seedDemo();
    expect(await counts()).toEqual(before);
  });

  test("Taiyuan: 546 stations, 4,906 deputies of the five levels, all grouped; every street has a station", async () => {
    const { areas, byId, stations } = await stationsByDistrict("taiyuan");
    expect(stations).toHaveLength(546);
    expect(stations.filter((s) => s.district === "杏花岭区")).toHaveLength(12);
    expect(await unsafePrisma.deputy.count({ where: where("taiyuan") })).toBe(4906);
    const levels = await unsafePrisma.deputy.groupBy({ by: ["level"], where: where("taiyuan"), _count: true });
    expect(Object.fromEntries(levels.map((l) => [l.level, l._count]))).toMatchObject({
      NATIONAL: 30,
      PROVINCIAL: 150,
      CITY: 500,
    });
    expect(levels).toHaveLength(5);
    const ungrouped = await unsafePrisma.deputy.count({
      where: {
        ...where("taiyuan"),
        id: {
          notIn: (
            await unsafePrisma.stationDeputy.findMany({ where: where("taiyuan"), select: { deputyId: true } })
          ).map((m) => m.deputyId),
        },
      },
    });
    expect(ungrouped).toBe(0);
    // Every street and township (a district's children) is served by a station in it or in one of its communities.
    const served = new Set(stations.flatMap((s) => (s.areaId ? [s.areaId, byId.get(s.areaId)!.parentId] : [])));
    const streets = areas.filter((a) => a.parentId && !byId.get(a.parentId)!.parentId);
    expect(streets.length).toBeGreaterThan(100);
    expect(streets.filter((s) => !served.has(s.id)).map((s) => s.name)).toEqual([]);
    // One or two 联络员 in every station.
    const liaisons = await unsafePrisma.stationDeputy.groupBy({
      by: ["stationId"],
      where: { ...where("taiyuan"), role: "LIAISON" },
      _count: true,
    });
    expect(liaisons).toHaveLength(546);
    for (const l of liaisons) expect(l._count).toBeLessThanOrEqual(2);
  });

  test("Shantou: 金平区 12 + 41 with the seed's figures, 龙湖区 10 + 50 and online, 南澳县 mobile, 四个五", async () => {
    const { stations } = await stationsByDistrict("shantou");
    const kinds = (district: string) =>
      stations
        .filter((s) => s.district === district)
        .reduce<Record<string, number>>((m, s) => ((m[s.kind] = (m[s.kind] ?? 0) + 1), m), {});
    expect(kinds("金平区")).toEqual({ CENTRAL: 12, COMMUNITY: 41 });
    expect(kinds("龙湖区")).toEqual({ CENTRAL: 10, COMMUNITY: 50, ONLINE: 1 });
    expect(kinds("南澳县")).toMatchObject({ MOBILE: 3 });
    expect(stations.filter((s) => s.district === "南澳县")).toHaveLength(13);
    expect(stations.map((s) => s.name)).toContain("金平区光华街道人大代表联络站中心站");
    const jinping = stations.filter((s) => s.district === "金平区").map((s) => s.id);
    const records = await unsafePrisma.receptionRecord.findMany({
      where: { ...where("shantou"), stationId: { in: jinping } },
      select: { id: true },
    });
    const recordIds = records.map((r) => r.id);
    expect(
      await unsafePrisma.receptionAttendance.count({ where: { ...where("shantou"), recordId: { in: recordIds } } }),
    ).toBe(1248);
    expect(
      await unsafePrisma.receptionIssue.count({ where: { ...where("shantou"), recordId: { in: recordIds } } }),
    ).toBe(537);
    expect(
      await unsafePrisma.receptionIssue.count({
        where: { ...where("shantou"), recordId: { in: recordIds }, status: "SOLVED" },
      }),
    ).toBe(262);
    const nanao = stations.filter((s) => s.district === "南澳县").map((s) => s.id);
    const people = await unsafePrisma.receptionRecord.aggregate({
      where: { ...where("shantou"), stationId: { in: nanao } },
      _sum: { peopleReceived: true },
    });
    expect(people._sum.peopleReceived).toBeGreaterThan(1200);
    const nanaoDeputies = await unsafePrisma.stationDeputy.findMany({
      where: { ...where("shantou"), stationId: { in: nanao } },
      distinct: ["deputyId"],
      select: { deputyId: true },
    });
    expect(nanaoDeputies.length).toBeGreaterThanOrEqual(290);
    const items = await unsafePrisma.stationStandardItem.findMany({
      where: where("shantou"),
      orderBy: { sortOrder: "asc" },
    });
    expect(items.map((i) => i.standard)).toEqual(Array(4).fill("四个五"));
    expect(items[0]!.label).toContain("五个有");
    const mobileDays = await unsafePrisma.receptionSchedule.count({
      where: { ...where("shantou"), kind: "ONCE", stationId: { in: nanao } },
    });
    expect(mobileDays).toBeGreaterThanOrEqual(3);
  });

  test("Jining receives on the 15th (or the next working day), 9:00–11:30, a theme a quarter; 六有 elsewhere", async () => {
    const schedules = await unsafePrisma.receptionSchedule.findMany({
      where: { ...where("jining"), kind: { not: "ONCE" } },
    });
    for (const s of schedules)
      expect(s).toMatchObject({
        kind: "MONTHLY_DAY",
        dayOfMonth: 15,
        startTime: "09:00",
        endTime: "11:30",
        onHoliday: "NEXT_WORKING_DAY",
      });
    const days = await unsafePrisma.receptionDay.findMany({
      where: { ...where("jining"), scheduleId: { in: schedules.map((s) => s.id) } },
      select: { day: true, theme: true },
    });
    expect(days.filter((d) => d.day.getUTCDate() < 15).map((d) => d.day)).toEqual([]);
    expect(new Set(days.map((d) => d.theme)).size).toBe(4);
    const standard = await unsafePrisma.stationStandardItem.findMany({
      where: where("taiyuan"),
      orderBy: { sortOrder: "asc" },
    });
    expect(standard.map((i) => i.label)).toEqual(["有场地", "有设施", "有组织", "有制度", "有活动", "有记录"]);
    const evidence = await unsafePrisma.stationEvidence.groupBy({ by: ["met"], where: where("taiyuan"), _count: true });
    expect(evidence).toHaveLength(2); // some items met, some not
  });

  test("Liaoyuan: 44 stations, a proportionate registry", async () => {
    expect(await unsafePrisma.liaisonStation.count({ where: where("liaoyuan") })).toBe(44);
    expect(await unsafePrisma.deputy.count({ where: where("liaoyuan") })).toBe(600);
  });

  test("each city's deputy account is a deputy of the station account's station, on duty tomorrow, with a record", async () => {
    const today = todayInShanghai();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000);
    for (const { slug } of demoTenants) {
      const w = where(slug);
      const account = await unsafePrisma.user.findFirstOrThrow({ where: { ...w, username: "deputy" } });
      const deputy = await unsafePrisma.deputy.findFirstOrThrow({ where: { ...w, userId: account.id } });
      const station = await unsafePrisma.user.findFirstOrThrow({
        where: { ...w, username: "station" },
        include: { roles: true },
      });
      const stationId = station.roles.find((r) => r.role === "station")?.scopeId;
      expect(stationId, slug).toBeTruthy();
      expect(
        await unsafePrisma.stationDeputy.count({ where: { ...w, stationId: stationId!, deputyId: deputy.id } }),
        slug,
      ).toBe(1);
      const duties = await unsafePrisma.receptionDay.findMany({
        where: { ...w, stationId: stationId!, deputyIds: { has: deputy.id }, day: { gte: tomorrow } },
      });
      expect(
        duties.map((d) => d.day.getTime()),
        slug,
      ).toContain(tomorrow.getTime());
      expect(duties.length, slug).toBeGreaterThan(3);
      expect(
        await unsafePrisma.receptionAttendance.count({ where: { ...w, deputyId: deputy.id } }),
        slug,
      ).toBeGreaterThan(0);
      const home = await unsafePrisma.liaisonStation.findFirstOrThrow({ where: { ...w, id: stationId! } });
      if (slug === "taiyuan") expect(home.name).toBe("杏花岭区鼓楼街道人大代表联络站");
      if (slug === "shantou") expect(home.name).toBe("金平区光华街道人大代表联络站中心站");
    }
  });
});
