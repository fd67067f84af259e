// The working-day calendar (issue #9 item 6a) against real PostgreSQL: seeding copies the chinese-days package's
// days into each city (next year unconfirmed), a city opened by a platform operator gets its calendar, the admin's
// edits are permission-checked, validated with messages in the user's language, audited, and seen at once by
// workingCalendar(); another city's calendar is untouched and its rows answer NOT_FOUND.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { executeAction } from "@/lib/action";
import { unsafePrisma } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import {
  addHoliday,
  addWorkday,
  confirmCalendarYear,
  getCalendarEntry,
  getCalendarYear,
  getCalendarYearById,
  listCalendarYears,
  nextYear,
  PACKAGE_YEARS,
  removeCalendarDay,
  workingCalendar,
} from "@/lib/modules/calendar";
import { packageEntries } from "@/lib/modules/calendar/package-data";
import { seedCalendarDemo } from "@/lib/modules/calendar/seed";
import { createTenant as createTenantAction } from "@/lib/modules/tenancy";
import { pgPool } from "@/lib/pg";
import { executePlatformAction } from "@/lib/platform-action";
import { createCalendarDay, createCalendarYear } from "../factories/calendar";
import {
  auditRows,
  createTenant,
  createUser,
  operatorContext,
  sessionFor,
  uniqueSuffix,
  type TestTenant,
} from "../factories";

const SEEDED = [2020, 2021, 2022, 2023, 2024, 2025, 2026];

async function daysOf(tenantId: string) {
  const rows = await unsafePrisma.calendarDay.findMany({ where: { tenantId }, orderBy: { day: "asc" } });
  return rows.map((r) => ({ day: dateToDay(r.day), kind: r.kind, name: r.name }));
}
async function yearsOf(tenantId: string) {
  return unsafePrisma.calendarYear.findMany({ where: { tenantId }, orderBy: { year: "asc" } });
}

/** A city with the package's calendar, as the seeder leaves it, and its admin. */
async function seededCity() {
  const tenant = await createTenant();
  await seedCalendarDemo([tenant.slug]);
  const admin = await createUser(tenant, { roles: ["admin"] });
  return { tenant, admin };
}

describe("seeding", () => {
  test("copies the package's days of 2020–2026 into the city; next year is a row without days, unconfirmed", async () => {
    const tenant = await createTenant();
    const bystander = await createTenant();
    await seedCalendarDemo([tenant.slug]);
    expect(await daysOf(tenant.id)).toEqual(SEEDED.flatMap(packageEntries));
    const through = nextYear();
    const years = await yearsOf(tenant.id);
    expect(years.map((y) => [y.year, y.confirmed, y.source])).toEqual(
      Array.from({ length: through - 2020 + 1 }, (_, i) => 2020 + i).map((y) => [
        y,
        PACKAGE_YEARS.has(y),
        "chinese-days",
      ]),
    );
    expect(through).toBeGreaterThanOrEqual(2027);
    expect(years.find((y) => y.year === 2027)).toMatchObject({ confirmed: false, confirmedAt: null });
    expect(years.find((y) => y.year === 2026)).toMatchObject({ confirmed: true, note: "chinese-days 1.5.7" });
    // Only the named city.
    expect(await yearsOf(bystander.id)).toEqual([]);

    const calendar = await workingCalendar(tenant.id);
    expect(calendar.isWorkingDay("2026-02-14")).toBe(true);
    expect(calendar.isWorkingDay("2025-10-08")).toBe(false);
    expect(calendar.addWorkingDaysChecked("2026-12-30", 3)).toEqual({
      day: "2027-01-04",
      confirmed: false,
      unconfirmedYears: [2027],
    });
  });

  test("is idempotent, and leaves an admin's edits alone", async () => {
    const { tenant, admin } = await seededCity();
    const edited = await executeAction(
      removeCalendarDay,
      tenant.slug,
      { id: (await unsafePrisma.calendarDay.findFirstOrThrow({ where: { tenantId: tenant.id } })).id },
      sessionFor(admin),
    );
    expect(edited.ok).toBe(true);
    const [days, years] = [await daysOf(tenant.id), await yearsOf(tenant.id)];
    await seedCalendarDemo([tenant.slug]);
    await Promise.all([seedCalendarDemo([tenant.slug]), seedCalendarDemo([tenant.slug])]);
    expect(await daysOf(tenant.id)).toEqual(days);
    expect(await yearsOf(tenant.id)).toEqual(years);
  });

  test("migration 0008 gives a city that existed before it the same calendar as the seeder", async () => {
    const [before, seeded] = await Promise.all([createTenant(), createTenant()]);
    await seedCalendarDemo([seeded.slug]);
    // The migration's backfill, run for one city only (it ran on an empty database before these tests).
    const sql = readFileSync(path.join(process.cwd(), "prisma/migrations/0008_working_calendar/migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf('INSERT INTO "CalendarDay"'));
    expect(backfill.match(/CROSS JOIN "Tenant" t;/g)).toHaveLength(2);
    await pgPool().query(
      backfill.replaceAll('CROSS JOIN "Tenant" t;', `CROSS JOIN "Tenant" t WHERE t."id" = '${before.id}';`),
    );
    expect(await daysOf(before.id)).toEqual(await daysOf(seeded.id));
    const shape = (rows: Awaited<ReturnType<typeof yearsOf>>) =>
      rows.map((y) => [y.year, y.confirmed, y.source, y.note, y.confirmedAt !== null]);
    expect(shape(await yearsOf(before.id))).toEqual(shape(await yearsOf(seeded.id)));
    // The seeder then finds nothing to do there.
    const days = await daysOf(before.id);
    await seedCalendarDemo([before.slug]);
    expect(await daysOf(before.id)).toEqual(days);
  });

  test("a city a platform operator opens gets its calendar in the same transaction", async () => {
    const slug = `cal-${uniqueSuffix()}`;
    const result = await executePlatformAction(
      createTenantAction,
      {
        slug,
        shortName: "新城",
        fullName: "新城市人大常委会",
        province: "测试省",
        adminUsername: "admin",
        adminDisplayName: "首任管理员",
        adminPassword: "First-admin-passw0rd",
      },
      await operatorContext(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await daysOf(result.data.id)).toEqual(SEEDED.flatMap(packageEntries));
    const years = await yearsOf(result.data.id);
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: nextYear() - 2019 }, (_, i) => 2020 + i));
    expect(years.filter((y) => !y.confirmed).map((y) => y.year)).toEqual(
      years.map((y) => y.year).filter((y) => !PACKAGE_YEARS.has(y)),
    );
    const calendar = await workingCalendar(result.data.id);
    expect(calendar.addWorkingDays("2025-01-24", 1)).toBe("2025-01-26");
  });
});

describe("the admin's edits", () => {
  test("adding 2027's Spring Festival: stored, audited per year, and counted by workingCalendar at once", async () => {
    const { tenant, admin } = await seededCity();
    const before = await workingCalendar(tenant.id);
    expect(before.isWorkingDay("2027-02-08")).toBe(true);

    const added = await executeAction(
      addHoliday,
      tenant.slug,
      { name: " 春节 ", from: "2027-02-06", to: "2027-02-13" },
      sessionFor(admin),
    );
    expect(added).toEqual({ ok: true, data: { days: 8 } });
    const workday = await executeAction(
      addWorkday,
      tenant.slug,
      { name: "春节", day: "2027-02-14" },
      sessionFor(admin),
    );
    expect(workday.ok).toBe(true);

    const year = await getCalendarYear(tenant.id, 2027);
    expect(year!.entries.map((e) => [e.day, e.kind, e.name])).toEqual([
      ["2027-02-06", "HOLIDAY", "春节"],
      ["2027-02-07", "HOLIDAY", "春节"],
      ["2027-02-08", "HOLIDAY", "春节"],
      ["2027-02-09", "HOLIDAY", "春节"],
      ["2027-02-10", "HOLIDAY", "春节"],
      ["2027-02-11", "HOLIDAY", "春节"],
      ["2027-02-12", "HOLIDAY", "春节"],
      ["2027-02-13", "HOLIDAY", "春节"],
      ["2027-02-14", "WORKDAY", "春节"],
    ]);
    // Entering days does not confirm the year.
    expect(year).toMatchObject({ confirmed: false, source: "manual" });

    const after = await workingCalendar(tenant.id);
    expect(after.isWorkingDay("2027-02-08")).toBe(false);
    expect(after.isWorkingDay("2027-02-14")).toBe(true);
    expect(after.addWorkingDays("2027-02-05", 1)).toBe("2027-02-14");
    expect(after.addWorkingDaysChecked("2027-02-05", 1).confirmed).toBe(false);

    const audit = await auditRows(tenant.id, { entityType: "CalendarYear" });
    expect(audit.map((a) => a.action)).toEqual(["calendar.addHoliday", "calendar.addWorkday"]);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      entityId: year!.id,
      after: { name: "春节", kind: "HOLIDAY", days: expect.arrayContaining(["2027-02-06", "2027-02-13"]) },
    });
  });

  test("a holiday range crossing New Year is split over both years, each audited", async () => {
    const { tenant, admin } = await seededCity();
    const r = await executeAction(
      addHoliday,
      tenant.slug,
      { name: "元旦", from: "2027-12-31", to: "2028-01-02" },
      sessionFor(admin),
    );
    expect(r).toEqual({ ok: true, data: { days: 3 } });
    const years = await yearsOf(tenant.id);
    expect(years.find((y) => y.year === 2028)).toMatchObject({ confirmed: false, source: "manual" });
    const audit = await auditRows(tenant.id, { action: "calendar.addHoliday" });
    expect(audit.map((a) => (a.after as { days: string[] }).days)).toEqual([
      ["2027-12-31"],
      ["2028-01-01", "2028-01-02"],
    ]);
  });

  test("confirming a year: audited, flags disappear, a second confirmation is refused", async () => {
    const { tenant, admin } = await seededCity();
    expect((await workingCalendar(tenant.id)).isConfirmed(2027)).toBe(false);
    const ok = await executeAction(
      confirmCalendarYear,
      tenant.slug,
      { year: "2027", note: "国办发明电〔2026〕1号" },
      sessionFor(admin),
    );
    expect(ok).toEqual({ ok: true, data: { year: 2027 } });
    const row = (await yearsOf(tenant.id)).find((y) => y.year === 2027)!;
    expect(row).toMatchObject({ confirmed: true, confirmedById: admin.id, note: "国办发明电〔2026〕1号" });
    expect(row.confirmedAt).toBeInstanceOf(Date);
    const calendar = await workingCalendar(tenant.id);
    expect(calendar.isConfirmed(2027)).toBe(true);
    expect(calendar.addWorkingDaysChecked("2026-12-30", 3).confirmed).toBe(true);
    const [audit] = await auditRows(tenant.id, { action: "calendar.confirmYear" });
    expect(audit).toMatchObject({ entityId: row.id, after: { confirmed: true, year: 2027 } });

    const again = await executeAction(confirmCalendarYear, tenant.slug, { year: 2027 }, sessionFor(admin));
    expect(again).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fieldErrors: { year: ["该年度的安排已经确认过了。"] } },
    });
    const listed = await listCalendarYears(tenant.id, "2026-12-01");
    expect(listed.find((y) => y.year === 2027)).toMatchObject({ confirmed: true, confirmedBy: admin.displayName });
  });

  test("removing a day: it counts by its weekday again; audited with what it was", async () => {
    const { tenant, admin } = await seededCity();
    const row = await unsafePrisma.calendarDay.findFirstOrThrow({
      where: { tenantId: tenant.id, day: new Date("2026-02-14T00:00:00Z") },
    });
    expect((await workingCalendar(tenant.id)).isWorkingDay("2026-02-14")).toBe(true);
    const r = await executeAction(removeCalendarDay, tenant.slug, { id: row.id }, sessionFor(admin));
    expect(r.ok).toBe(true);
    expect((await workingCalendar(tenant.id)).isWorkingDay("2026-02-14")).toBe(false); // a Saturday again
    const [audit] = await auditRows(tenant.id, { action: "calendar.removeDay" });
    expect(audit).toMatchObject({ before: { id: row.id, day: "2026-02-14", kind: "WORKDAY", name: "春节" } });
    const twice = await executeAction(removeCalendarDay, tenant.slug, { id: row.id }, sessionFor(admin));
    expect(twice).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("refusals", () => {
  test("staff without calendar.manage get FORBIDDEN for every edit, and nothing changes", async () => {
    const { tenant } = await seededCity();
    const days = await daysOf(tenant.id);
    const id = (await unsafePrisma.calendarDay.findFirstOrThrow({ where: { tenantId: tenant.id } })).id;
    for (const role of ["legislative", "leader", "deputy", "unit"] as const) {
      const user = await createUser(tenant, { roles: [role] });
      const attempts = [
        await executeAction(
          addHoliday,
          tenant.slug,
          { name: "春节", from: "2027-02-06", to: "2027-02-13" },
          sessionFor(user),
        ),
        await executeAction(addWorkday, tenant.slug, { name: "春节", day: "2027-02-14" }, sessionFor(user)),
        await executeAction(removeCalendarDay, tenant.slug, { id }, sessionFor(user)),
        await executeAction(confirmCalendarYear, tenant.slug, { year: 2027 }, sessionFor(user)),
      ];
      for (const a of attempts) expect(a, role).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect(await daysOf(tenant.id)).toEqual(days);
    expect((await yearsOf(tenant.id)).find((y) => y.year === 2027)?.confirmed).toBe(false);
    expect(await auditRows(tenant.id, { action: { startsWith: "calendar." } })).toEqual([]);
  });

  test("bad input gets field messages in Chinese, from the catalogue; nothing is stored", async () => {
    const { tenant, admin } = await seededCity();
    const ctx = sessionFor(admin);
    const days = await daysOf(tenant.id);
    const cases: [unknown, Record<string, string[]>, typeof addHoliday | typeof addWorkday][] = [
      [
        { name: "", from: "2027/02/06", to: "2027-02-30" },
        {
          name: ["此项为必填项。"],
          from: ["请输入日期（年-月-日）。"],
          to: ["请输入日期（年-月-日）。"],
        },
        addHoliday,
      ],
      [{ name: "春节", from: "2027-02-13", to: "2027-02-06" }, { to: ["截止日期不能早于开始日期。"] }, addHoliday],
      [
        { name: "春节", from: "2027-01-01", to: "2027-03-01" },
        { to: ["一次最多添加 31 天，请分段添加。"] },
        addHoliday,
      ],
      [{ name: "春节", from: "2101-01-01", to: "2101-01-02" }, { from: ["年份须在 2000–2100 年之间。"] }, addHoliday],
      [
        { name: "春节", from: "2026-02-13", to: "2026-02-15" },
        {
          from: ["2026-02-14（春节）、2026-02-15（春节） 已有安排，请先删除再添加。"],
        },
        addHoliday,
      ],
      [
        { name: "春节", day: "2027-02-10" },
        { day: ["调休上班日须为周六或周日：周一至周五本来就是工作日。"] },
        addWorkday,
      ],
      [{ name: "春节", day: "2026-02-14" }, { day: ["2026-02-14（春节） 已有安排，请先删除再添加。"] }, addWorkday],
    ];
    for (const [input, fieldErrors, action] of cases) {
      const r = await executeAction(action as typeof addHoliday, tenant.slug, input, ctx);
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { fieldErrors } });
    }
    const confirmBad = await executeAction(confirmCalendarYear, tenant.slug, { year: "1999" }, ctx);
    expect(confirmBad).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { year: ["年份须在 2000–2100 年之间。"] } },
    });
    expect(await daysOf(tenant.id)).toEqual(days);
    expect(await auditRows(tenant.id, { action: { startsWith: "calendar." } })).toEqual([]);
  });

  test("English users get English field messages", async () => {
    const { tenant, admin } = await seededCity();
    const r = await executeAction(
      addWorkday,
      tenant.slug,
      { name: "春节", day: "2027-02-10" },
      sessionFor(admin, { locale: "en" }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { fieldErrors: { day: [expect.stringContaining("must be a Saturday or a Sunday")] } },
    });
  });
});

describe("another city", () => {
  async function twoCities(): Promise<{
    a: TestTenant;
    b: TestTenant;
    adminA: Awaited<ReturnType<typeof createUser>>;
  }> {
    const [a, b] = await Promise.all([createTenant(), createTenant()]);
    await seedCalendarDemo([a.slug, b.slug]);
    return { a, b, adminA: await createUser(a, { roles: ["admin"] }) };
  }

  test("A's edits leave B's calendar as it was", async () => {
    const { a, b, adminA } = await twoCities();
    const [daysB, yearsB] = [await daysOf(b.id), await yearsOf(b.id)];
    await executeAction(addHoliday, a.slug, { name: "春节", from: "2027-02-06", to: "2027-02-13" }, sessionFor(adminA));
    await executeAction(confirmCalendarYear, a.slug, { year: 2027 }, sessionFor(adminA));
    expect(await daysOf(b.id)).toEqual(daysB);
    expect(await yearsOf(b.id)).toEqual(yearsB);
    expect((await workingCalendar(b.id)).isWorkingDay("2027-02-08")).toBe(true);
    expect((await workingCalendar(b.id)).isConfirmed(2027)).toBe(false);
    expect((await workingCalendar(a.id)).isConfirmed(2027)).toBe(true);
  });

  test("B's rows answer NOT_FOUND to A's admin and null to A's lookups; they stay", async () => {
    const { a, b, adminA } = await twoCities();
    const dayB = await createCalendarDay(b, "2028-05-01", { name: "劳动节" });
    const yearB = await unsafePrisma.calendarYear.findFirstOrThrow({ where: { tenantId: b.id, year: 2028 } });
    const r = await executeAction(removeCalendarDay, a.slug, { id: dayB.id }, sessionFor(adminA));
    expect(r).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await unsafePrisma.calendarDay.findFirst({ where: { tenantId: b.id, id: dayB.id } })).not.toBeNull();
    expect(await getCalendarEntry(a.id, dayB.id)).toBeNull();
    expect(await getCalendarYearById(a.id, yearB.id)).toBeNull();
    expect(await getCalendarEntry(b.id, dayB.id)).toMatchObject({ day: "2028-05-01", name: "劳动节" });
    expect(await getCalendarYearById(b.id, yearB.id)).toMatchObject({ year: 2028 });
    // A's session in B's city learns nothing either.
    const abroad = await executeAction(removeCalendarDay, b.slug, { id: dayB.id }, sessionFor(adminA));
    expect(abroad).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  test("a city without any rows counts weekends only and flags every year", async () => {
    const tenant = await createTenant();
    await createCalendarYear(tenant, 2030, { confirmed: true });
    const calendar = await workingCalendar(tenant.id);
    expect(calendar.isWorkingDay("2025-10-01")).toBe(true);
    expect(calendar.addWorkingDaysChecked("2025-09-30", 1)).toEqual({
      day: "2025-10-01",
      confirmed: false,
      unconfirmedYears: [2025],
    });
    expect(calendar.isConfirmed(2030)).toBe(true);
  });
});
