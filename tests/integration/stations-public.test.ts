// The stations' public side against real PostgreSQL: the directory by district and street with its filters, the
// station page's props (public fields only, 404 for another city), the JSON API's validation, the .ics feed and
// the poster.
import type { IncomingMessage, ServerResponse } from "node:http";
import { beforeAll, describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import {
  countPublicStationsByDistrict,
  getStationForApi,
  listPublicStations,
  listReceptionDays,
  listStationsForApi,
  stationCalendarIcs,
  stationPosterSvg,
} from "@/lib/modules/stations";
import { stationPageProps, type StationPageProps } from "@/lib/modules/stations/pages";
import { anonymousContext, createTenant, type TestTenant } from "../factories";
import {
  groupDeputy,
  makeDay,
  makeDeputy,
  makeRecord,
  makeStation,
  makeStationInStreet,
  shanghaiDay,
} from "../factories/stations-public";

let city: TestTenant;
let other: TestTenant;
let s: Awaited<ReturnType<typeof makeStationInStreet>>;
let dayIds: { next: string; cancelled: string; past: string; old: string };
let deputyNames: string[];

beforeAll(async () => {
  city = await createTenant({ fullName: "汕头市人大常委会" });
  other = await createTenant();
  s = await makeStationInStreet(city);
  await makeStation(city, { areaId: s.district.id, name: "金平区网上联络站", kind: "ONLINE" });
  const a = await makeDeputy(city, { name: "林晓", level: "NATIONAL", phone: "13912345678" });
  const b = await makeDeputy(city, { name: "陈东", level: "TOWNSHIP" });
  const ended = await makeDeputy(city, { name: "离任者" });
  await unsafePrisma.deputy.updateMany({
    where: { tenantId: city.id, id: ended.id },
    data: { status: "RESIGNED", statusOn: dayToDate(shanghaiDay(-3)) },
  });
  deputyNames = [a.name, b.name];
  await groupDeputy(city, s.station.id, a.id, "LIAISON");
  await groupDeputy(city, s.station.id, b.id);
  await groupDeputy(city, s.station.id, ended.id);
  await unsafePrisma.receptionSchedule.create({
    data: {
      tenantId: city.id,
      stationId: s.station.id,
      title: "每月接待日",
      kind: "MONTHLY_DAY",
      dayOfMonth: 15,
      startsOn: dayToDate(shanghaiDay(-100)),
      startTime: "9:00",
      endTime: "11:30",
    },
  });
  const theme = "老旧小区改造, 加装电梯; 第二期";
  dayIds = {
    next: (await makeDay(city, s.station.id, shanghaiDay(5), { theme, deputyIds: [a.id, b.id] })).id,
    cancelled: (await makeDay(city, s.station.id, shanghaiDay(6), { cancelled: true })).id,
    past: (await makeDay(city, s.station.id, shanghaiDay(-10))).id,
    old: (await makeDay(city, s.station.id, shanghaiDay(-60))).id,
  };
  await makeRecord(city, s.station.id, shanghaiDay(-10), { people: 23, deputyIds: [a.id], issues: ["OPEN", "SOLVED"] });
  await makeRecord(city, s.station.id, shanghaiDay(-400), { people: 99 }); // over a year ago: not counted
  const item = await unsafePrisma.stationStandardItem.create({
    data: { tenantId: city.id, standard: "四个五", label: "硬件五个有" },
  });
  await unsafePrisma.stationStandardItem.create({
    data: { tenantId: city.id, standard: "四个五", label: "信息五公开" },
  });
  await unsafePrisma.stationEvidence.create({
    data: { tenantId: city.id, stationId: s.station.id, itemId: item.id, met: true },
  });
});

describe("the directory", () => {
  test("lists active stations with their district and street, filtered by district and kind", async () => {
    const all = await listPublicStations(city.id);
    const street = all.find((r) => r.id === s.station.id)!;
    expect(street).toMatchObject({
      street: "光华街道",
      district: s.district.name,
      districtId: s.district.id,
      deputies: 3,
    });
    const online = all.find((r) => r.kind === "ONLINE")!;
    expect(online).toMatchObject({ street: null, districtId: s.district.id });
    expect((await listPublicStations(city.id, { kind: "ONLINE" })).map((r) => r.id)).toEqual([online.id]);
    expect(await listPublicStations(city.id, { districtId: s.street.id })).toEqual([]);
    expect(await listPublicStations(other.id)).toEqual([]);
    // The large city's overview: per-district counts in SQL, the same as the list's.
    const byDistrict = new Map<string | null, number>();
    for (const r of all) byDistrict.set(r.districtId, (byDistrict.get(r.districtId) ?? 0) + 1);
    expect(await countPublicStationsByDistrict(city.id)).toEqual(
      [...byDistrict].map(([districtId, count]) => ({
        districtId,
        district: all.find((r) => r.districtId === districtId)!.district,
        count,
      })),
    );
    expect(await countPublicStationsByDistrict(city.id, { kind: "ONLINE" })).toEqual([
      { districtId: s.district.id, district: s.district.name, count: 1 },
    ]);
  });

  test("the API answers a page with its total, limit and offset and refuses bad values with a field message", async () => {
    const ok = await listStationsForApi(city.slug, { kind: "CENTRAL", district: "" }, anonymousContext());
    expect(ok.ok && ok.data).toMatchObject({ total: 1, limit: 100, offset: 0 });
    const all = await listPublicStations(city.id);
    const first = await listStationsForApi(city.slug, { limit: "1" }, anonymousContext());
    const second = await listStationsForApi(city.slug, { limit: "1", offset: "1" }, anonymousContext());
    if (!first.ok || !second.ok) throw new Error("the pages were refused");
    expect(first.data).toMatchObject({ total: all.length, limit: 1, offset: 0 });
    expect([...first.data.stations, ...second.data.stations]).toEqual(all.slice(0, 2));
    expect(first.data.stations[0]).toMatchObject({ deputies: all[0]!.deputies });
    const past = await listStationsForApi(city.slug, { offset: "50" }, anonymousContext());
    expect(past.ok && past.data).toMatchObject({ stations: [], total: all.length });
    for (const [field, value] of [
      ["limit", "0"],
      ["limit", "501"],
      ["limit", "ten"],
      ["offset", "-1"],
    ] as const) {
      const refused = await listStationsForApi(city.slug, { [field]: value }, anonymousContext());
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe("VALIDATION");
        expect(refused.error.fieldErrors?.[field]?.[0]).toBeTruthy();
        expect(refused.error.fieldErrors?.[field]?.[0]).not.toMatch(/Invalid|Too/);
      }
    }
    const bad = await listStationsForApi(city.slug, { kind: "PALACE" }, anonymousContext());
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe("VALIDATION");
      expect(bad.error.fieldErrors?.kind?.[0]).toBeTruthy();
      expect(bad.error.fieldErrors?.kind?.[0]).not.toMatch(/Invalid/);
    }
    const unknown = await listStationsForApi(city.slug, { colour: "red" }, anonymousContext());
    expect(unknown.ok).toBe(false);
    const noCity = await listStationsForApi("no-such-city", {}, anonymousContext());
    expect(!noCity.ok && noCity.error.code).toBe("NOT_FOUND");
  });

  test("the city calendar lists upcoming non-cancelled days with the deputies on duty by name", async () => {
    const days = await listReceptionDays(city.id, { from: shanghaiDay(0), to: shanghaiDay(60) });
    expect(days.map((d) => d.id)).toEqual([dayIds.next]);
    expect(days[0]!.deputies.map((d) => d.name)).toEqual(deputyNames);
    expect(days[0]!.location).toBe("海滨路 1 号");
  });
});

describe("one station", () => {
  test("public fields, in-office deputies by role and level without contact, the standard and the last year", async () => {
    const r = await getStationForApi(city.slug, s.station.id, anonymousContext());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.deputies.map((d) => [d.name, d.role])).toEqual([
      ["陈东", "RESIDENT"],
      ["林晓", "LIAISON"],
    ]);
    expect(JSON.stringify(r.data)).not.toContain("13912345678");
    expect(Object.keys(r.data.deputies[0]!).sort()).toEqual(["id", "level", "name", "role"]);
    expect(r.data.upcoming.map((d) => d.id)).toEqual([dayIds.next]);
    expect(r.data.standard).toEqual({ name: "四个五", met: 1, total: 2 });
    expect(r.data.activity).toMatchObject({ receptions: 1, people: 23, issues: 2 });
    expect(r.data.phone).toBe("0754-88880000");
  });

  test("another city's station, an unknown id and a malformed id answer 404", async () => {
    for (const [slug, id] of [
      [other.slug, s.station.id],
      [city.slug, "0193aaaa-0000-7000-8000-000000000000"],
      [city.slug, "not-a-uuid"],
    ] as const) {
      const r = await getStationForApi(slug, id, anonymousContext());
      expect(!r.ok && r.error.code).toBe("NOT_FOUND");
      const ics = await stationCalendarIcs(slug, id, "http://x", anonymousContext());
      expect(!ics.ok && ics.error.code).toBe("NOT_FOUND");
      const poster = await stationPosterSvg(slug, id, "http://x", anonymousContext());
      expect(!poster.ok && poster.error.code).toBe("NOT_FOUND");
    }
  });
});

describe("the station page (Pages Router)", () => {
  function call(slug: string, id: string, headers: Record<string, string> = {}) {
    const sent = { status: 200, headers: {} as Record<string, string> };
    const req = { headers, method: "GET" } as unknown as IncomingMessage;
    const res = {
      set statusCode(v: number) {
        sent.status = v;
      },
      get statusCode() {
        return sent.status;
      },
      setHeader: (k: string, v: string) => (sent.headers[k.toLowerCase()] = v),
    } as unknown as ServerResponse;
    return stationPageProps({ req, res, params: { tenant: slug, id } }).then((r) => ({ sent, props: r.props }));
  }
  const found = (p: StationPageProps) => {
    if (!p.found) throw new Error("not found");
    return p;
  };

  test("its own city's station: the page's data, the schedules and only the namespaces it renders", async () => {
    const { sent, props } = await call(city.slug, s.station.id);
    expect(sent.status).toBe(200);
    const p = found(props);
    expect(p.station.name).toBe(s.station.name);
    expect(p.schedules).toEqual(["每月15日 9:00–11:30"]);
    expect(Object.keys(p.intl.messages).sort()).toEqual(["common", "shell", "stationsPublic"]);
    expect(p.intl.locale).toBe("zh-CN");
    const en = found((await call(city.slug, s.station.id, { cookie: "NEXT_LOCALE=en" })).props);
    expect(en.intl.locale).toBe("en");
    expect(en.schedules).toEqual(["Every month on day 15, 9:00–11:30"]);
  });

  test("another city's station is 404; an App Router prefetch gets the empty answer without a lookup", async () => {
    const { sent, props } = await call(other.slug, s.station.id);
    expect(sent.status).toBe(404);
    expect(props.found).toBe(false);
    const rsc = await call(city.slug, s.station.id, { rsc: "1" });
    expect(rsc.props).toMatchObject({ found: false, appRouter: true });
  });
});

describe("the .ics feed and the poster", () => {
  test("the feed has one event per non-cancelled day of the last 30 days and the next year, escaped and folded", async () => {
    const r = await stationCalendarIcs(city.slug, s.station.id, "http://origin.test", anonymousContext());
    if (!r.ok) throw new Error(r.error.message);
    const ics = r.data;
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(`UID:${dayIds.next}@lianxin`);
    expect(unfolded).toContain(`UID:${dayIds.past}@lianxin`);
    expect(unfolded).not.toContain(dayIds.cancelled);
    expect(unfolded).not.toContain(dayIds.old);
    expect(unfolded).toContain("老旧小区改造\\, 加装电梯\\; 第二期");
    expect(unfolded).toContain(`值班代表：${deputyNames.join("、")}`);
    expect(unfolded).toMatch(/DTSTART:\d{8}T010000Z\r\nDTEND:\d{8}T033000Z/);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  test("the poster names the city and station, the schedule in words, and the page's address; no script", async () => {
    const prev = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = "https://lianxin.example/";
    try {
      const r = await stationPosterSvg(city.slug, s.station.id, "http://spoofed.test", anonymousContext());
      if (!r.ok) throw new Error(r.error.message);
      const url = `https://lianxin.example/${city.slug}/stations/${s.station.id}`;
      expect(r.data).toContain("<svg");
      expect(r.data).toContain("汕头市人大常委会");
      expect(r.data).toContain(s.station.name);
      expect(r.data).toContain("每月15日 9:00–11:30");
      expect(r.data).toContain(`>${url}</text>`);
      expect(r.data).not.toContain("spoofed");
      expect(r.data).not.toMatch(/<script|on\w+=|href=/i);
    } finally {
      if (prev === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = prev;
    }
  });
});
