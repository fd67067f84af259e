// The stations console (issue #10 items 2, 3) against real PostgreSQL: stations created and edited with field
// messages in Chinese, another city's id answering NOT_FOUND; the scope of a station account (it cannot touch or
// see another station); mixed grouping and the coverage figures; the city's standard replaced with 四个五 and the
// completion figure from the evidence; the list paged in SQL with its total and filters (incomplete included).
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import {
  createStation,
  getStation,
  getStandard,
  groupDeputy,
  listStations,
  recordEvidence,
  seesStation,
  stationChecklist,
  stationCoverage,
  stationDeputies,
  stationFilter,
  stationNamesByDeputy,
  stationStaff,
  ungroupDeputy,
  updateStandard,
  updateStation,
} from "@/lib/modules/stations";
import { workbench } from "@/lib/modules/stations/workbench";
import { auditRows, createArea, createTenant, sessionFor } from "../factories";
import { deputyAffairsUser, memberOf, station, stationDeputy, stationUser } from "../factories/stations";

const base = (name: string, areaId: string | null = null) => ({
  name,
  kind: "COMMUNITY",
  areaId,
  address: "滨海路 1 号",
  openingHours: "工作日 9:00–17:00",
  phone: "0754-88881234",
  intro: "",
  establishedOn: "2020-05-01",
  active: true,
});

describe("registry", () => {
  test("deputy affairs create and edit a station; names are unique per city; both audited", async () => {
    const tenant = await createTenant();
    const office = await deputyAffairsUser(tenant);
    const district = await createArea(tenant, undefined, "金平区");
    const street = await createArea(tenant, district, "石炮台街道");
    const created = await executeAction(
      createStation,
      tenant.slug,
      base("石炮台街道代表联络站", street.id),
      sessionFor(office),
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const got = await getStation(tenant.id, created.data.id);
    expect(got).toMatchObject({
      name: "石炮台街道代表联络站",
      areaPath: "金平区 / 石炮台街道",
      districtId: district.id,
    });
    // The first station writes the city's default standard (六有).
    expect((await getStandard(tenant.id)).items.map((i) => i.label)).toEqual([
      "有场地",
      "有设施",
      "有组织",
      "有制度",
      "有活动",
      "有记录",
    ]);

    const again = await executeAction(createStation, tenant.slug, base("石炮台街道代表联络站"), sessionFor(office));
    expect(again).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { name: ["本市已有同名的代表联络站。"] } },
    });
    const edited = await executeAction(
      updateStation,
      tenant.slug,
      { ...base("石炮台街道代表联络站", street.id), id: created.data.id, kind: "MOBILE", active: false },
      sessionFor(office),
    );
    expect(edited.ok).toBe(true);
    expect(await getStation(tenant.id, created.data.id)).toMatchObject({ kind: "MOBILE", active: false });
    const audit = await auditRows(tenant.id, { entityType: "LiaisonStation" });
    expect(audit.map((a) => a.action)).toEqual(["station.create", "station.update"]);
    expect(audit[1]).toMatchObject({ before: { kind: "COMMUNITY", active: true }, after: { kind: "MOBILE" } });
  });

  test("bad input gets field messages in Chinese; a district (unless online) or foreign area is refused; nothing stored", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const office = await deputyAffairsUser(tenant);
    const district = await createArea(tenant);
    const foreign = await createArea(other);
    const bad = await executeAction(
      createStation,
      tenant.slug,
      { ...base(" "), kind: "PARK", establishedOn: "2020/05/01", phone: "call me" },
      sessionFor(office),
    );
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: "VALIDATION",
        fieldErrors: {
          name: ["此项为必填项。"],
          kind: ["请从给出的选项中选择一项。"],
          establishedOn: ["请输入日期（年-月-日）。"],
          phone: ["格式不正确，请重新填写。"],
        },
      },
    });
    const wrongArea = await executeAction(createStation, tenant.slug, base("甲站", foreign.id), sessionFor(office));
    expect(wrongArea).toMatchObject({ ok: false, error: { fieldErrors: { areaId: ["所选区域不存在。"] } } });
    // A district is a street only for an online station.
    const districtWide = await executeAction(createStation, tenant.slug, base("乙站", district.id), sessionFor(office));
    expect(districtWide).toMatchObject({
      ok: false,
      error: { fieldErrors: { areaId: [expect.stringContaining("网上联络站")] } },
    });
    const online = await executeAction(
      createStation,
      tenant.slug,
      { ...base("网上联络站", district.id), kind: "ONLINE" },
      sessionFor(office),
    );
    expect(online.ok).toBe(true);
    const future = await executeAction(
      createStation,
      tenant.slug,
      { ...base("丙站"), establishedOn: "2999-01-01" },
      sessionFor(office),
    );
    expect(future).toMatchObject({ ok: false, error: { fieldErrors: { establishedOn: ["设立日期不能晚于今天。"] } } });
    expect(await unsafePrisma.liaisonStation.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  test("another city's station is NOT_FOUND to read and to edit", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const office = await deputyAffairsUser(tenant);
    const theirs = await station(other, { name: "外市联络站" });
    expect(await getStation(tenant.id, theirs.id)).toBeNull();
    const edit = await executeAction(
      updateStation,
      tenant.slug,
      { ...base("改名"), id: theirs.id },
      sessionFor(office),
    );
    expect(edit).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(
      (await unsafePrisma.liaisonStation.findFirstOrThrow({ where: { tenantId: other.id, id: theirs.id } })).name,
    ).toBe("外市联络站");
  });
});

describe("scope", () => {
  test("a station account sees and runs its own station only; its actions elsewhere are refused", async () => {
    const tenant = await createTenant();
    const mine = await station(tenant, { name: "甲联络站" });
    const theirs = await station(tenant, { name: "乙联络站" });
    const staff = await stationUser(tenant, mine.id);
    const member = await memberOf(staff);
    expect(stationFilter(member)).toEqual([mine.id]);
    expect((await listStations(tenant.id, {}, stationFilter(member))).rows.map((s) => s.name)).toEqual(["甲联络站"]);
    // The page's decision: another station is a 404, as another city's.
    expect(seesStation(member, mine.id)).toBe(true);
    expect(seesStation(member, theirs.id)).toBe(false);
    expect((await stationStaff(tenant.id, mine.id)).map((u) => u.id)).toEqual([staff.id]);
    expect(await stationStaff(tenant.id, theirs.id)).toEqual([]);

    const item = await seedStandardItem(tenant.id);
    const evidence = (stationId: string) => ({ stationId, itemId: item.id, met: true, note: "场地 60 平方米" });
    const own = await executeAction(recordEvidence, tenant.slug, evidence(mine.id), sessionFor(staff));
    expect(own.ok).toBe(true);
    const other = await executeAction(recordEvidence, tenant.slug, evidence(theirs.id), sessionFor(staff));
    expect(other).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    // Station staff do not edit the registry or the grouping.
    const edit = await executeAction(
      updateStation,
      tenant.slug,
      { ...base("甲联络站"), id: mine.id },
      sessionFor(staff),
    );
    expect(edit).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await unsafePrisma.stationEvidence.count({ where: { tenantId: tenant.id } })).toBe(1);
  });
});

describe("the list", () => {
  test("paged in SQL: active first, by district then name, with the total; filters and figures for the page", async () => {
    const tenant = await createTenant();
    const east = await createArea(tenant, undefined, "东区");
    const eastStreet = await createArea(tenant, east, "东一街道");
    const west = await createArea(tenant, undefined, "西区");
    const westStreet = await createArea(tenant, west, "西一街道");
    for (let i = 1; i <= 4; i++) await station(tenant, { name: `东站${i}`, areaId: eastStreet.id });
    for (let i = 1; i <= 3; i++) await station(tenant, { name: `西站${i}`, areaId: westStreet.id });
    const closed = await station(tenant, { name: "东站0", areaId: eastStreet.id, active: false });
    const loose = await station(tenant, { name: "无区站" });
    const other = await createTenant();
    await station(other, { name: "外市站" });
    const item = await seedStandardItem(tenant.id);
    const first = await unsafePrisma.liaisonStation.findFirstOrThrow({ where: { tenantId: tenant.id, name: "东站1" } });
    await unsafePrisma.stationEvidence.create({
      data: { tenantId: tenant.id, stationId: first.id, itemId: item.id, met: true },
    });
    const d = await stationDeputy(tenant, {});
    await unsafePrisma.stationDeputy.create({ data: { tenantId: tenant.id, stationId: first.id, deputyId: d.id } });

    const names = (p: { rows: { name: string }[] }) => p.rows.map((r) => r.name);
    const page1 = await listStations(tenant.id, {}, null, { limit: 3, offset: 0 });
    expect(page1.total).toBe(9);
    expect(page1.standardTotal).toBe(1);
    expect(names(page1)).toEqual(["东站1", "东站2", "东站3"]);
    expect(page1.rows[0]).toMatchObject({ deputies: 1, met: 1, areaPath: "东区 / 东一街道", districtId: east.id });
    expect(page1.rows[1]).toMatchObject({ deputies: 0, met: 0 });
    const page3 = await listStations(tenant.id, {}, null, { limit: 3, offset: 6 });
    expect(names(page3)).toEqual(["西站3", "无区站", "东站0"]);
    expect(page3.rows.at(-1)!.id).toBe(closed.id);
    const beyond = await listStations(tenant.id, {}, null, { limit: 3, offset: 30 });
    expect(beyond).toMatchObject({ rows: [], total: 9 });

    expect(names(await listStations(tenant.id, { district: west.id }))).toEqual(["西站1", "西站2", "西站3"]);
    expect((await listStations(tenant.id, { district: "not-a-uuid" })).total).toBe(0);
    expect(names(await listStations(tenant.id, { active: false }))).toEqual(["东站0"]);
    expect((await listStations(tenant.id, { q: "西站" })).total).toBe(3);
    expect((await listStations(tenant.id, { kind: "ONLINE" })).total).toBe(0);
    // Incomplete: every station but the one that met the single item; combined with the district and the scope.
    const incomplete = await listStations(tenant.id, { incomplete: true });
    expect(incomplete.total).toBe(8);
    expect(names(incomplete)).not.toContain("东站1");
    expect((await listStations(tenant.id, { incomplete: true, district: east.id })).total).toBe(4);
    expect((await listStations(tenant.id, { incomplete: true }, [first.id, loose.id])).rows.map((r) => r.id)).toEqual([
      loose.id,
    ]);
    expect((await listStations(tenant.id, {}, [])).total).toBe(0);
  });
});

describe("mixed grouping and coverage", () => {
  test("deputies of any level are grouped with a role, regrouped, removed; coverage counts streets and deputies", async () => {
    const tenant = await createTenant();
    const office = await deputyAffairsUser(tenant);
    const district = await createArea(tenant, undefined, "龙湖区");
    const covered = await createArea(tenant, district, "金霞街道");
    await createArea(tenant, district, "珠池街道");
    const s1 = await station(tenant, { name: "金霞联络站", areaId: covered.id });
    const empty = await station(tenant, { name: "空联络站" });
    const national = await stationDeputy(tenant, { level: "NATIONAL", name: "全国代表" });
    const township = await stationDeputy(tenant, { level: "TOWNSHIP", name: "乡镇代表" });
    await stationDeputy(tenant, { name: "未编组代表" });
    const other = await createTenant();
    const foreign = await stationDeputy(other);

    const as = sessionFor(office);
    for (const d of [national, township])
      expect((await executeAction(groupDeputy, tenant.slug, { stationId: s1.id, deputyId: d.id }, as)).ok).toBe(true);
    const regroup = await executeAction(
      groupDeputy,
      tenant.slug,
      { stationId: s1.id, deputyId: township.id, role: "LIAISON" },
      as,
    );
    expect(regroup.ok).toBe(true);
    const outsider = await executeAction(groupDeputy, tenant.slug, { stationId: s1.id, deputyId: foreign.id }, as);
    expect(outsider).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const members = await stationDeputies(tenant.id, s1.id);
    expect(members.map((m) => [m.deputy.name, m.role])).toEqual([
      ["乡镇代表", "LIAISON"],
      ["全国代表", "RESIDENT"],
    ]);
    expect(await unsafePrisma.stationDeputy.count({ where: { tenantId: tenant.id } })).toBe(2);
    expect((await stationNamesByDeputy(tenant.id, [national.id])).get(national.id)).toEqual([
      { id: s1.id, name: "金霞联络站" },
    ]);

    let coverage = await stationCoverage(tenant.id);
    expect(coverage).toMatchObject({
      streets: 2,
      uncoveredStreets: 1,
      deputiesInOffice: 3,
      ungrouped: 1,
      stationsWithoutDeputies: [{ id: empty.id, name: "空联络站" }],
    });
    expect(coverage.ungroupedSample.map((d) => d.name)).toEqual(["未编组代表"]);
    expect(Object.fromEntries(coverage.districts[0]!.streets.map((s) => [s.name, s.stations.length]))).toEqual({
      金霞街道: 1,
      珠池街道: 0,
    });

    const removed = await executeAction(ungroupDeputy, tenant.slug, { stationId: s1.id, deputyId: national.id }, as);
    expect(removed.ok).toBe(true);
    coverage = await stationCoverage(tenant.id);
    expect(coverage.ungrouped).toBe(2);
    const audit = await auditRows(tenant.id, { entityType: "LiaisonStation" });
    expect(audit.map((a) => a.action)).toEqual([
      "station.groupDeputy",
      "station.groupDeputy",
      "station.groupDeputy",
      "station.ungroupDeputy",
    ]);
  });
});

describe("the city's standard", () => {
  test("replaced with 四个五: retired items keep their evidence, the completion figure counts active items", async () => {
    const tenant = await createTenant();
    const office = await deputyAffairsUser(tenant);
    const created = await executeAction(createStation, tenant.slug, base("汕头联络站"), sessionFor(office));
    if (!created.ok) throw new Error("station not created");
    const stationId = created.data.id;
    const six = await getStandard(tenant.id);
    const first = six.items[0]!;
    await executeAction(recordEvidence, tenant.slug, { stationId, itemId: first.id, met: true }, sessionFor(office));
    expect(await stationChecklist(tenant.id, stationId)).toMatchObject({ name: "六有", met: 1, total: 6 });

    const fives = ["硬件五个有", "站内信息五公开", "组织管理五到位", "活动开展五定期"];
    const replaced = await executeAction(
      updateStandard,
      tenant.slug,
      {
        name: "四个五",
        items: [
          ...fives.map((label) => ({ label })),
          ...six.items.map((i) => ({ id: i.id, label: i.label, active: false })),
        ],
      },
      sessionFor(office),
    );
    expect(replaced.ok).toBe(true);
    const standard = await getStandard(tenant.id);
    expect(standard.name).toBe("四个五");
    expect(standard.items.filter((i) => i.active).map((i) => i.label)).toEqual(fives);

    let checklist = await stationChecklist(tenant.id, stationId);
    expect(checklist).toMatchObject({ name: "四个五", met: 0, total: 4 });
    // The retired item still shows with the evidence given for it.
    expect(checklist.rows.find((r) => r.id === first.id)).toMatchObject({ active: false, met: true });

    const hardware = standard.items.find((i) => i.label === "硬件五个有")!;
    await executeAction(recordEvidence, tenant.slug, { stationId, itemId: hardware.id, met: true }, sessionFor(office));
    checklist = await stationChecklist(tenant.id, stationId);
    expect(checklist).toMatchObject({ met: 1, total: 4 });
    // The office's workbench counts the station as missing evidence, and links to the filtered list.
    const items = await workbench({ tenant: tenant as never, member: await memberOf(office), now: new Date() });
    expect(items).toEqual([
      expect.objectContaining({
        id: "stations.missingEvidence",
        count: 1,
        href: `/${tenant.slug}/console/stations?incomplete=1`,
      }),
    ]);

    const blank = await executeAction(updateStandard, tenant.slug, { name: "", items: [] }, sessionFor(office));
    expect(blank).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { name: ["此项为必填项。"], items: ["此项为必填项。"] } },
    });
  });
});

async function seedStandardItem(tenantId: string) {
  return unsafePrisma.stationStandardItem.create({ data: { tenantId, standard: "六有", label: "有场地" } });
}
