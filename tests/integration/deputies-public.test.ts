// The public directory of deputies (issue #10 items 4 and 7) against real PostgreSQL: the page's and the API's one
// read, composed with the stations module's face — public fields only (never a phone or a workplace), deputies in
// office only, filters, total and paging, 422 naming a bad parameter and 404 for an unknown city.
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { listDeputiesForApi, loadPublicDeputies } from "@/lib/modules/deputies";
import { stationNamesByDeputy } from "@/lib/modules/stations";
import { anonymousContext, createArea, createTenant } from "../factories";
import { createDeputies, createDeputy } from "../factories/deputies";

describe("public directory", () => {
  test("public fields and stations only, in office only, by district, level, delegation and name", async () => {
    const tenant = await createTenant();
    const district = await createArea(tenant, undefined, "杏花岭区");
    const street = await createArea(tenant, district, "鼓楼街道");
    const elsewhere = await createArea(tenant, undefined, "万柏林区");
    const a = await createDeputy(tenant, {
      name: "甲代表",
      constituencyId: street.id,
      phone: "13912345678",
      workUnit: "太原市第一中学",
      delegation: "杏花岭区代表团",
      level: "CITY",
    });
    await createDeputy(tenant, { name: "乙代表", constituencyId: elsewhere.id, level: "COUNTY" });
    await createDeputy(tenant, {
      name: "丙代表",
      constituencyId: street.id,
      status: "RESIGNED",
      statusOn: new Date("2026-01-01"),
    });
    const station = await unsafePrisma.liaisonStation.create({
      data: { tenantId: tenant.id, name: "鼓楼街道人大代表联络站", kind: "CENTRAL", areaId: street.id },
    });
    await unsafePrisma.stationDeputy.create({ data: { tenantId: tenant.id, stationId: station.id, deputyId: a.id } });

    const page = await loadPublicDeputies(
      tenant.id,
      { district: district.id, limit: 20, offset: 0 },
      stationNamesByDeputy,
    );
    expect(page).toEqual({
      total: 1,
      limit: 20,
      offset: 0,
      deputies: [
        {
          id: a.id,
          name: "甲代表",
          level: "CITY",
          term: "第九届",
          delegation: "杏花岭区代表团",
          constituency: { id: street.id, path: "杏花岭区 / 鼓楼街道" },
          stations: [{ id: station.id, name: "鼓楼街道人大代表联络站" }],
        },
      ],
    });
    expect(JSON.stringify(page)).not.toMatch(/13912345678|第一中学/);
    const all = await loadPublicDeputies(tenant.id, { limit: 20, offset: 0 }, stationNamesByDeputy);
    expect(all.deputies.map((d) => d.name).sort()).toEqual(["乙代表", "甲代表"]);
    expect(
      (await loadPublicDeputies(tenant.id, { level: "COUNTY", limit: 20, offset: 0 }, stationNamesByDeputy)).total,
    ).toBe(1);
    expect(
      (
        await loadPublicDeputies(
          tenant.id,
          { delegation: "杏花岭区代表团", limit: 20, offset: 0 },
          stationNamesByDeputy,
        )
      ).total,
    ).toBe(1);
    const byName = await loadPublicDeputies(tenant.id, { q: "乙", limit: 20, offset: 0 }, stationNamesByDeputy);
    expect(byName.deputies.map((d) => [d.name, d.stations])).toEqual([["乙代表", []]]);
  });

  test("the API: total and paging, 422 naming a bad parameter, 404 for an unknown city, another city's rows absent", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    await createDeputies(tenant, 45);
    await createDeputies(other, 5);
    const ctx = anonymousContext();
    const r = await listDeputiesForApi(tenant.slug, { limit: "20", offset: "40", q: "" }, ctx, stationNamesByDeputy);
    expect(r).toMatchObject({ ok: true, data: { total: 45, limit: 20, offset: 40 } });
    if (r.ok) {
      expect(r.data.deputies.map((d) => d.name)).toEqual(["代表0041", "代表0042", "代表0043", "代表0044", "代表0045"]);
      expect(Object.keys(r.data.deputies[0]!).sort()).toEqual(
        ["constituency", "delegation", "id", "level", "name", "stations", "term"].sort(),
      );
    }
    for (const bad of [
      { level: "WORLD" },
      { limit: "1000" },
      { offset: "-1" },
      { district: "x" },
      { phone: "1" },
    ] as Record<string, string>[]) {
      const refused = await listDeputiesForApi(tenant.slug, bad, ctx, stationNamesByDeputy);
      expect(refused).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
      if (!refused.ok) expect(Object.keys(refused.error.fieldErrors ?? {})).toEqual(Object.keys(bad));
    }
    expect(await listDeputiesForApi("no-such-city", {}, ctx, stationNamesByDeputy)).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
  });
});
