// Station statistics against real PostgreSQL: per district, street and station over a period, deputies counted
// once however many stations they sit in, station staff limited to their stations, and the .xlsx of the view.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, test } from "vitest";
import { createArea, createTenant, type TestTenant } from "../factories";
import { stationStats, statsPeriod, statsWorkbook, stationStatsQuerySchema } from "@/lib/modules/stations";
import { groupDeputy, makeDeputy, makeRecord, makeStation, shanghaiDay } from "../factories/stations-public";

let city: TestTenant;
let other: TestTenant;
const st = {} as Record<"a1" | "a1b" | "a2" | "b1", string>;
let districtA: string;

beforeAll(async () => {
  city = await createTenant({ fullName: "太原市人大常委会" });
  other = await createTenant();
  const a = await createArea(city, undefined, "杏花岭区");
  const b = await createArea(city, undefined, "万柏林区");
  districtA = a.id;
  const a1 = await createArea(city, a, "巨轮街道");
  const a2 = await createArea(city, a, "三桥街道");
  const b1 = await createArea(city, b, "千峰街道");
  st.a1 = (await makeStation(city, { areaId: a1.id, name: "巨轮站" })).id;
  st.a1b = (await makeStation(city, { areaId: a1.id, name: "巨轮二站", kind: "COMMUNITY" })).id;
  st.a2 = (await makeStation(city, { areaId: a2.id, name: "三桥站" })).id;
  st.b1 = (await makeStation(city, { areaId: b1.id, name: "千峰站" })).id;
  const shared = await makeDeputy(city);
  const d2 = await makeDeputy(city);
  await groupDeputy(city, st.a1, shared.id);
  await groupDeputy(city, st.a1b, shared.id);
  await groupDeputy(city, st.a2, d2.id);
  await groupDeputy(city, st.b1, d2.id);
  await makeRecord(city, st.a1, shanghaiDay(-10), { people: 10, issues: ["OPEN", "SOLVED"] });
  await makeRecord(city, st.a1b, shanghaiDay(-20), { people: 5, issues: ["SOLVED"] });
  await makeRecord(city, st.a2, shanghaiDay(-30), { people: 7 });
  await makeRecord(city, st.b1, shanghaiDay(-40), { people: 3, issues: ["IN_PROGRESS"] });
  await makeRecord(city, st.b1, shanghaiDay(-500), { people: 1000 }); // outside the default year
});

const period = (raw: Record<string, string> = {}) => statsPeriod(stationStatsQuerySchema.parse(raw));

describe("station statistics", () => {
  test("by district over the last 12 months: deputies counted once per district", async () => {
    const rows = await stationStats(city.id, period(), null);
    const pick = (label: string) => rows.find((r) => r.label === label);
    expect(pick("杏花岭区")).toMatchObject({
      stations: 3,
      deputies: 2,
      receptions: 3,
      people: 22,
      issues: 3,
      solved: 2,
    });
    expect(pick("万柏林区")).toMatchObject({
      stations: 1,
      deputies: 1,
      receptions: 1,
      people: 3,
      issues: 1,
      solved: 0,
    });
  });

  test("by street and by station, narrowed to one district", async () => {
    const streets = await stationStats(city.id, period({ view: "street", district: districtA }), null);
    expect(streets.map((r) => [r.label, r.district, r.stations, r.deputies, r.people]).sort()).toEqual(
      [
        ["三桥街道", "杏花岭区", 1, 1, 7],
        ["巨轮街道", "杏花岭区", 2, 1, 15],
      ].sort(),
    );
    const stations = await stationStats(city.id, period({ view: "station" }), null);
    expect(stations).toHaveLength(4);
    expect(stations.find((r) => r.key === st.a1)).toMatchObject({ label: "巨轮站", people: 10, issues: 2, solved: 1 });
  });

  test("a period picks its records; station staff see their stations only; another city sees nothing", async () => {
    const old = await stationStats(
      city.id,
      period({ view: "station", from: shanghaiDay(-600), to: shanghaiDay(-400) }),
      null,
    );
    expect(old.find((r) => r.key === st.b1)?.people).toBe(1000);
    expect(old.find((r) => r.key === st.a1)?.people).toBe(0);
    const mine = await stationStats(city.id, period({ view: "station" }), [st.a2]);
    expect(mine.map((r) => r.key)).toEqual([st.a2]);
    expect(await stationStats(city.id, period(), [])).toEqual([]);
    expect(await stationStats(other.id, period(), null)).toEqual([]);
  });

  test("a reversed period is swapped; a bad view or date is refused by the schema", () => {
    expect(period({ from: "2026-05-01", to: "2026-01-01" })).toMatchObject({ from: "2026-01-01", to: "2026-05-01" });
    expect(stationStatsQuerySchema.safeParse({ view: "planet" }).success).toBe(false);
    expect(stationStatsQuerySchema.safeParse({ from: "2026-02-30" }).success).toBe(false);
  });

  test("the .xlsx holds the view's rows under its title and headers", async () => {
    const q = period({ view: "district" });
    const rows = await stationStats(city.id, q, null);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await statsWorkbook(rows, q, city.fullName, "zh-CN")) as never);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getCell("A1").value)).toContain("太原市人大常委会");
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      "区县",
      "联络站数",
      "进站代表",
      "接待次数",
      "接待群众",
      "收集问题",
      "已解决",
    ]);
    const data = [3, 4].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    expect(data).toContainEqual(["杏花岭区", 3, 2, 3, 22, 3, 2]);
  });
});
