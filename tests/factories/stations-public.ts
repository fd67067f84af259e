// Test data for the stations' public side, statistics and the deputy's area: a district with a street, a station
// there, deputies grouped into it, reception days and records. Rows are written through `unsafePrisma` with an
// explicit tenantId, never through the actions under test.
import { unsafePrisma } from "@/lib/db";
import { addShanghaiDays, dateToDay, dayToDate, todayInShanghai } from "@/lib/dates";
import { createArea, uniqueSuffix } from "./index";

type TenantRef = { id: string };

/** A day `n` calendar days from today in Shanghai (YYYY-MM-DD). */
export const shanghaiDay = (n: number) => dateToDay(addShanghaiDays(dayToDate(todayInShanghai()), n));

export function makeDeputy(
  tenant: TenantRef,
  data: {
    name?: string;
    level?: "NATIONAL" | "PROVINCIAL" | "CITY" | "COUNTY" | "TOWNSHIP";
    userId?: string;
    phone?: string;
  } = {},
) {
  return unsafePrisma.deputy.create({
    data: {
      tenantId: tenant.id,
      name: data.name ?? `代表${uniqueSuffix(4)}`,
      gender: "FEMALE",
      birthYear: 1975,
      level: data.level ?? "CITY",
      term: "第十六届",
      phone: data.phone ?? "13800001234",
      userId: data.userId ?? null,
    },
  });
}

export async function makeStation(
  tenant: TenantRef,
  opts: { areaId?: string | null; name?: string; kind?: "CENTRAL" | "COMMUNITY" | "ONLINE" | "MOBILE" } = {},
) {
  return unsafePrisma.liaisonStation.create({
    data: {
      tenantId: tenant.id,
      name: opts.name ?? `联络站${uniqueSuffix(5)}`,
      kind: opts.kind ?? "CENTRAL",
      areaId: opts.areaId ?? null,
      address: "海滨路 1 号",
      openingHours: "工作日 9:00–17:00",
      phone: "0754-88880000",
    },
  });
}

/** A district, a street in it, and a station serving the street. */
export async function makeStationInStreet(tenant: TenantRef, names = { district: "金平区", street: "光华街道" }) {
  const district = await createArea(tenant, undefined, `${names.district}${uniqueSuffix(3)}`);
  const street = await createArea(tenant, district, names.street);
  const station = await makeStation(tenant, { areaId: street.id, name: `${names.street}中心站${uniqueSuffix(3)}` });
  return { district, street, station };
}

export function groupDeputy(
  tenant: TenantRef,
  stationId: string,
  deputyId: string,
  role: "RESIDENT" | "LIAISON" = "RESIDENT",
) {
  return unsafePrisma.stationDeputy.create({ data: { tenantId: tenant.id, stationId, deputyId, role } });
}

export function makeDay(
  tenant: TenantRef,
  stationId: string,
  day: string,
  opts: { theme?: string; deputyIds?: string[]; cancelled?: boolean; startTime?: string; endTime?: string } = {},
) {
  return unsafePrisma.receptionDay.create({
    data: {
      tenantId: tenant.id,
      stationId,
      day: dayToDate(day),
      startTime: opts.startTime ?? "09:00",
      endTime: opts.endTime ?? "11:30",
      theme: opts.theme ?? "",
      deputyIds: opts.deputyIds ?? [],
      cancelled: opts.cancelled ?? false,
    },
  });
}

export async function makeRecord(
  tenant: TenantRef,
  stationId: string,
  day: string,
  opts: { people?: number; deputyIds?: string[]; issues?: ("OPEN" | "IN_PROGRESS" | "SOLVED")[] } = {},
) {
  const record = await unsafePrisma.receptionRecord.create({
    data: {
      tenantId: tenant.id,
      stationId,
      day: dayToDate(day),
      peopleReceived: opts.people ?? 10,
      summary: "接待群众",
    },
  });
  for (const deputyId of opts.deputyIds ?? [])
    await unsafePrisma.receptionAttendance.create({ data: { tenantId: tenant.id, recordId: record.id, deputyId } });
  for (const status of opts.issues ?? [])
    await unsafePrisma.receptionIssue.create({
      data: { tenantId: tenant.id, recordId: record.id, category: "urban", content: "加装电梯", status },
    });
  return record;
}
