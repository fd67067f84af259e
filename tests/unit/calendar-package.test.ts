// Migration 0008 gives cities that existed before the calendar the chinese-days package's days of 2020–2026,
// written into its SQL; new cities get them from copy-package-calendar.ts. Both must hold the same days.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { packageEntries, PACKAGE_VERSION } from "@/lib/modules/calendar/package-data";

const sql = readFileSync(path.join(process.cwd(), "prisma/migrations/0008_working_calendar/migration.sql"), "utf8");

test("the migration's days are the package's days of 2020–2026", () => {
  const inSql = [...sql.matchAll(/\('(\d{4}-\d{2}-\d{2})', '(HOLIDAY|WORKDAY)', '([^']+)'\)/g)].map(
    ([, day, kind, name]) => ({ day, kind, name }),
  );
  const fromPackage = [2020, 2021, 2022, 2023, 2024, 2025, 2026].flatMap(packageEntries);
  expect(inSql).toEqual(fromPackage);
  expect(inSql.length).toBeGreaterThan(200);
});

test("the migration names the package version it copied", () => {
  expect(sql).toContain(`'chinese-days ${PACKAGE_VERSION}'`);
});
