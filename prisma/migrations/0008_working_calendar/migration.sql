-- The working-day calendar (lib/modules/calendar): each city's statutory holidays and 调休 make-up working days,
-- and per year whether its arrangement is confirmed (an unconfirmed year counts weekends only). Seeded from the
-- chinese-days npm package for each city (its own copy, so an admin can enter a new year the package does not
-- know yet).

CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

CREATE TABLE "CalendarDay" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "day" DATE NOT NULL,
  "kind" "CalendarDayKind" NOT NULL,
  "name" TEXT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "CalendarDay_name_present" CHECK (length(btrim("name")) > 0)
);
CREATE UNIQUE INDEX "CalendarDay_tenantId_id_key" ON "CalendarDay"("tenantId", "id");
CREATE UNIQUE INDEX "CalendarDay_tenantId_day_key" ON "CalendarDay"("tenantId", "day");

CREATE TABLE "CalendarYear" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "tenantId" UUID NOT NULL,
  "year" INTEGER NOT NULL,
  "confirmed" BOOLEAN NOT NULL DEFAULT false,
  "source" TEXT NOT NULL,
  "confirmedAt" TIMESTAMPTZ(3),
  "confirmedById" UUID,
  "note" TEXT NOT NULL DEFAULT '',
  "revision" INTEGER NOT NULL DEFAULT 0,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "CalendarYear_source_known" CHECK ("source" IN ('chinese-days', 'manual')),
  CONSTRAINT "CalendarYear_year_range" CHECK ("year" BETWEEN 2000 AND 2100)
);
CREATE UNIQUE INDEX "CalendarYear_tenantId_id_key" ON "CalendarYear"("tenantId", "id");
CREATE UNIQUE INDEX "CalendarYear_tenantId_year_key" ON "CalendarYear"("tenantId", "year");

ALTER TABLE "CalendarDay" ADD CONSTRAINT "CalendarDay_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CalendarYear" ADD CONSTRAINT "CalendarYear_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CalendarYear" ADD CONSTRAINT "CalendarYear_confirmedById_fkey" FOREIGN KEY ("tenantId", "confirmedById") REFERENCES "User"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Cities that exist already get their calendar here (new ones get it from the seeder or when an operator opens
-- them: lib/modules/calendar/copy-package-calendar.ts, which copies the same data). The days below are the
-- chinese-days package's (1.5.7) for 2020–2026, as written by its data file; tests/unit/calendar-package.test.ts
-- checks they still agree. Years it does not know, next year included, are unconfirmed and hold no days: they
-- count weekends only until the city's admin enters and confirms them.
INSERT INTO "CalendarDay" ("tenantId", "day", "kind", "name")
SELECT t."id", v.day::date, v.kind::"CalendarDayKind", v.name
  FROM (VALUES
  ('2020-01-01', 'HOLIDAY', '元旦'), ('2020-01-19', 'WORKDAY', '春节'), ('2020-01-24', 'HOLIDAY', '春节'), ('2020-01-25', 'HOLIDAY', '春节'),
  ('2020-01-26', 'HOLIDAY', '春节'), ('2020-01-27', 'HOLIDAY', '春节'), ('2020-01-28', 'HOLIDAY', '春节'), ('2020-01-29', 'HOLIDAY', '春节'),
  ('2020-01-30', 'HOLIDAY', '春节'), ('2020-01-31', 'HOLIDAY', '春节'), ('2020-02-01', 'HOLIDAY', '春节'), ('2020-02-02', 'HOLIDAY', '春节'),
  ('2020-04-04', 'HOLIDAY', '清明'), ('2020-04-05', 'HOLIDAY', '清明'), ('2020-04-06', 'HOLIDAY', '清明'), ('2020-04-26', 'WORKDAY', '劳动节'),
  ('2020-05-01', 'HOLIDAY', '劳动节'), ('2020-05-02', 'HOLIDAY', '劳动节'), ('2020-05-03', 'HOLIDAY', '劳动节'), ('2020-05-04', 'HOLIDAY', '劳动节'),
  ('2020-05-05', 'HOLIDAY', '劳动节'), ('2020-05-09', 'WORKDAY', '劳动节'), ('2020-06-25', 'HOLIDAY', '端午'), ('2020-06-26', 'HOLIDAY', '端午'),
  ('2020-06-27', 'HOLIDAY', '端午'), ('2020-06-28', 'WORKDAY', '端午'), ('2020-09-27', 'WORKDAY', '国庆节'), ('2020-10-01', 'HOLIDAY', '国庆节'),
  ('2020-10-02', 'HOLIDAY', '国庆节'), ('2020-10-03', 'HOLIDAY', '国庆节'), ('2020-10-04', 'HOLIDAY', '国庆节'), ('2020-10-05', 'HOLIDAY', '国庆节'),
  ('2020-10-06', 'HOLIDAY', '国庆节'), ('2020-10-07', 'HOLIDAY', '国庆节'), ('2020-10-08', 'HOLIDAY', '国庆节'), ('2020-10-10', 'WORKDAY', '国庆节'),
  ('2021-01-01', 'HOLIDAY', '元旦'), ('2021-01-02', 'HOLIDAY', '元旦'), ('2021-01-03', 'HOLIDAY', '元旦'), ('2021-02-07', 'WORKDAY', '春节'),
  ('2021-02-11', 'HOLIDAY', '春节'), ('2021-02-12', 'HOLIDAY', '春节'), ('2021-02-13', 'HOLIDAY', '春节'), ('2021-02-14', 'HOLIDAY', '春节'),
  ('2021-02-15', 'HOLIDAY', '春节'), ('2021-02-16', 'HOLIDAY', '春节'), ('2021-02-17', 'HOLIDAY', '春节'), ('2021-02-20', 'WORKDAY', '春节'),
  ('2021-04-03', 'HOLIDAY', '清明'), ('2021-04-04', 'HOLIDAY', '清明'), ('2021-04-05', 'HOLIDAY', '清明'), ('2021-04-25', 'WORKDAY', '劳动节'),
  ('2021-05-01', 'HOLIDAY', '劳动节'), ('2021-05-02', 'HOLIDAY', '劳动节'), ('2021-05-03', 'HOLIDAY', '劳动节'), ('2021-05-04', 'HOLIDAY', '劳动节'),
  ('2021-05-05', 'HOLIDAY', '劳动节'), ('2021-05-08', 'WORKDAY', '劳动节'), ('2021-06-12', 'HOLIDAY', '端午'), ('2021-06-13', 'HOLIDAY', '端午'),
  ('2021-06-14', 'HOLIDAY', '端午'), ('2021-09-18', 'WORKDAY', '中秋'), ('2021-09-19', 'HOLIDAY', '中秋'), ('2021-09-20', 'HOLIDAY', '中秋'),
  ('2021-09-21', 'HOLIDAY', '中秋'), ('2021-09-26', 'WORKDAY', '国庆节'), ('2021-10-01', 'HOLIDAY', '国庆节'), ('2021-10-02', 'HOLIDAY', '国庆节'),
  ('2021-10-03', 'HOLIDAY', '国庆节'), ('2021-10-04', 'HOLIDAY', '国庆节'), ('2021-10-05', 'HOLIDAY', '国庆节'), ('2021-10-06', 'HOLIDAY', '国庆节'),
  ('2021-10-07', 'HOLIDAY', '国庆节'), ('2021-10-09', 'WORKDAY', '国庆节'), ('2022-01-01', 'HOLIDAY', '元旦'), ('2022-01-02', 'HOLIDAY', '元旦'),
  ('2022-01-03', 'HOLIDAY', '元旦'), ('2022-01-29', 'WORKDAY', '春节'), ('2022-01-30', 'WORKDAY', '春节'), ('2022-01-31', 'HOLIDAY', '春节'),
  ('2022-02-01', 'HOLIDAY', '春节'), ('2022-02-02', 'HOLIDAY', '春节'), ('2022-02-03', 'HOLIDAY', '春节'), ('2022-02-04', 'HOLIDAY', '春节'),
  ('2022-02-05', 'HOLIDAY', '春节'), ('2022-02-06', 'HOLIDAY', '春节'), ('2022-04-02', 'WORKDAY', '清明'), ('2022-04-03', 'HOLIDAY', '清明'),
  ('2022-04-04', 'HOLIDAY', '清明'), ('2022-04-05', 'HOLIDAY', '清明'), ('2022-04-24', 'WORKDAY', '劳动节'), ('2022-04-30', 'HOLIDAY', '劳动节'),
  ('2022-05-01', 'HOLIDAY', '劳动节'), ('2022-05-02', 'HOLIDAY', '劳动节'), ('2022-05-03', 'HOLIDAY', '劳动节'), ('2022-05-04', 'HOLIDAY', '劳动节'),
  ('2022-05-07', 'WORKDAY', '劳动节'), ('2022-06-03', 'HOLIDAY', '端午'), ('2022-06-04', 'HOLIDAY', '端午'), ('2022-06-05', 'HOLIDAY', '端午'),
  ('2022-09-10', 'HOLIDAY', '中秋'), ('2022-09-11', 'HOLIDAY', '中秋'), ('2022-09-12', 'HOLIDAY', '中秋'), ('2022-10-01', 'HOLIDAY', '国庆节'),
  ('2022-10-02', 'HOLIDAY', '国庆节'), ('2022-10-03', 'HOLIDAY', '国庆节'), ('2022-10-04', 'HOLIDAY', '国庆节'), ('2022-10-05', 'HOLIDAY', '国庆节'),
  ('2022-10-06', 'HOLIDAY', '国庆节'), ('2022-10-07', 'HOLIDAY', '国庆节'), ('2022-10-08', 'WORKDAY', '国庆节'), ('2022-10-09', 'WORKDAY', '国庆节'),
  ('2022-12-31', 'HOLIDAY', '元旦'), ('2023-01-01', 'HOLIDAY', '元旦'), ('2023-01-02', 'HOLIDAY', '元旦'), ('2023-01-21', 'HOLIDAY', '春节'),
  ('2023-01-22', 'HOLIDAY', '春节'), ('2023-01-23', 'HOLIDAY', '春节'), ('2023-01-24', 'HOLIDAY', '春节'), ('2023-01-25', 'HOLIDAY', '春节'),
  ('2023-01-26', 'HOLIDAY', '春节'), ('2023-01-27', 'HOLIDAY', '春节'), ('2023-01-28', 'WORKDAY', '春节'), ('2023-01-29', 'WORKDAY', '春节'),
  ('2023-04-05', 'HOLIDAY', '清明'), ('2023-04-23', 'WORKDAY', '劳动节'), ('2023-04-29', 'HOLIDAY', '劳动节'), ('2023-04-30', 'HOLIDAY', '劳动节'),
  ('2023-05-01', 'HOLIDAY', '劳动节'), ('2023-05-02', 'HOLIDAY', '劳动节'), ('2023-05-03', 'HOLIDAY', '劳动节'), ('2023-05-06', 'WORKDAY', '劳动节'),
  ('2023-06-22', 'HOLIDAY', '端午'), ('2023-06-23', 'HOLIDAY', '端午'), ('2023-06-24', 'HOLIDAY', '端午'), ('2023-06-25', 'WORKDAY', '端午'),
  ('2023-09-29', 'HOLIDAY', '中秋'), ('2023-09-30', 'HOLIDAY', '国庆节'), ('2023-10-01', 'HOLIDAY', '国庆节'), ('2023-10-02', 'HOLIDAY', '国庆节'),
  ('2023-10-03', 'HOLIDAY', '国庆节'), ('2023-10-04', 'HOLIDAY', '国庆节'), ('2023-10-05', 'HOLIDAY', '国庆节'), ('2023-10-06', 'HOLIDAY', '国庆节'),
  ('2023-10-07', 'WORKDAY', '国庆节'), ('2023-10-08', 'WORKDAY', '国庆节'), ('2024-01-01', 'HOLIDAY', '元旦'), ('2024-02-04', 'WORKDAY', '春节'),
  ('2024-02-10', 'HOLIDAY', '春节'), ('2024-02-11', 'HOLIDAY', '春节'), ('2024-02-12', 'HOLIDAY', '春节'), ('2024-02-13', 'HOLIDAY', '春节'),
  ('2024-02-14', 'HOLIDAY', '春节'), ('2024-02-15', 'HOLIDAY', '春节'), ('2024-02-16', 'HOLIDAY', '春节'), ('2024-02-17', 'HOLIDAY', '春节'),
  ('2024-02-18', 'WORKDAY', '春节'), ('2024-04-04', 'HOLIDAY', '清明'), ('2024-04-05', 'HOLIDAY', '清明'), ('2024-04-06', 'HOLIDAY', '清明'),
  ('2024-04-07', 'WORKDAY', '清明'), ('2024-04-28', 'WORKDAY', '劳动节'), ('2024-05-01', 'HOLIDAY', '劳动节'), ('2024-05-02', 'HOLIDAY', '劳动节'),
  ('2024-05-03', 'HOLIDAY', '劳动节'), ('2024-05-04', 'HOLIDAY', '劳动节'), ('2024-05-05', 'HOLIDAY', '劳动节'), ('2024-05-11', 'WORKDAY', '劳动节'),
  ('2024-06-10', 'HOLIDAY', '端午'), ('2024-09-14', 'WORKDAY', '中秋'), ('2024-09-15', 'HOLIDAY', '中秋'), ('2024-09-16', 'HOLIDAY', '中秋'),
  ('2024-09-17', 'HOLIDAY', '中秋'), ('2024-09-29', 'WORKDAY', '国庆节'), ('2024-10-01', 'HOLIDAY', '国庆节'), ('2024-10-02', 'HOLIDAY', '国庆节'),
  ('2024-10-03', 'HOLIDAY', '国庆节'), ('2024-10-04', 'HOLIDAY', '国庆节'), ('2024-10-05', 'HOLIDAY', '国庆节'), ('2024-10-06', 'HOLIDAY', '国庆节'),
  ('2024-10-07', 'HOLIDAY', '国庆节'), ('2024-10-12', 'WORKDAY', '国庆节'), ('2025-01-01', 'HOLIDAY', '元旦'), ('2025-01-26', 'WORKDAY', '春节'),
  ('2025-01-28', 'HOLIDAY', '春节'), ('2025-01-29', 'HOLIDAY', '春节'), ('2025-01-30', 'HOLIDAY', '春节'), ('2025-01-31', 'HOLIDAY', '春节'),
  ('2025-02-01', 'HOLIDAY', '春节'), ('2025-02-02', 'HOLIDAY', '春节'), ('2025-02-03', 'HOLIDAY', '春节'), ('2025-02-04', 'HOLIDAY', '春节'),
  ('2025-02-08', 'WORKDAY', '春节'), ('2025-04-04', 'HOLIDAY', '清明'), ('2025-04-05', 'HOLIDAY', '清明'), ('2025-04-06', 'HOLIDAY', '清明'),
  ('2025-04-27', 'WORKDAY', '劳动节'), ('2025-05-01', 'HOLIDAY', '劳动节'), ('2025-05-02', 'HOLIDAY', '劳动节'), ('2025-05-03', 'HOLIDAY', '劳动节'),
  ('2025-05-04', 'HOLIDAY', '劳动节'), ('2025-05-05', 'HOLIDAY', '劳动节'), ('2025-05-31', 'HOLIDAY', '端午'), ('2025-06-01', 'HOLIDAY', '端午'),
  ('2025-06-02', 'HOLIDAY', '端午'), ('2025-09-28', 'WORKDAY', '国庆节'), ('2025-10-01', 'HOLIDAY', '国庆节'), ('2025-10-02', 'HOLIDAY', '国庆节'),
  ('2025-10-03', 'HOLIDAY', '国庆节'), ('2025-10-04', 'HOLIDAY', '国庆节'), ('2025-10-05', 'HOLIDAY', '国庆节'), ('2025-10-06', 'HOLIDAY', '中秋'),
  ('2025-10-07', 'HOLIDAY', '国庆节'), ('2025-10-08', 'HOLIDAY', '国庆节'), ('2025-10-11', 'WORKDAY', '国庆节'), ('2026-01-01', 'HOLIDAY', '元旦'),
  ('2026-01-02', 'HOLIDAY', '元旦'), ('2026-01-03', 'HOLIDAY', '元旦'), ('2026-01-04', 'WORKDAY', '元旦'), ('2026-02-14', 'WORKDAY', '春节'),
  ('2026-02-15', 'HOLIDAY', '春节'), ('2026-02-16', 'HOLIDAY', '春节'), ('2026-02-17', 'HOLIDAY', '春节'), ('2026-02-18', 'HOLIDAY', '春节'),
  ('2026-02-19', 'HOLIDAY', '春节'), ('2026-02-20', 'HOLIDAY', '春节'), ('2026-02-21', 'HOLIDAY', '春节'), ('2026-02-22', 'HOLIDAY', '春节'),
  ('2026-02-23', 'HOLIDAY', '春节'), ('2026-02-28', 'WORKDAY', '春节'), ('2026-04-04', 'HOLIDAY', '清明'), ('2026-04-05', 'HOLIDAY', '清明'),
  ('2026-04-06', 'HOLIDAY', '清明'), ('2026-05-01', 'HOLIDAY', '劳动节'), ('2026-05-02', 'HOLIDAY', '劳动节'), ('2026-05-03', 'HOLIDAY', '劳动节'),
  ('2026-05-04', 'HOLIDAY', '劳动节'), ('2026-05-05', 'HOLIDAY', '劳动节'), ('2026-05-09', 'WORKDAY', '劳动节'), ('2026-06-19', 'HOLIDAY', '端午'),
  ('2026-06-20', 'HOLIDAY', '端午'), ('2026-06-21', 'HOLIDAY', '端午'), ('2026-09-20', 'WORKDAY', '国庆节'), ('2026-09-25', 'HOLIDAY', '中秋'),
  ('2026-09-26', 'HOLIDAY', '中秋'), ('2026-09-27', 'HOLIDAY', '中秋'), ('2026-10-01', 'HOLIDAY', '国庆节'), ('2026-10-02', 'HOLIDAY', '国庆节'),
  ('2026-10-03', 'HOLIDAY', '国庆节'), ('2026-10-04', 'HOLIDAY', '国庆节'), ('2026-10-05', 'HOLIDAY', '国庆节'), ('2026-10-06', 'HOLIDAY', '国庆节'),
  ('2026-10-07', 'HOLIDAY', '国庆节'), ('2026-10-10', 'WORKDAY', '国庆节')) AS v(day, kind, name)
 CROSS JOIN "Tenant" t;

INSERT INTO "CalendarYear" ("tenantId", "year", "confirmed", "source", "confirmedAt", "note")
SELECT t."id", y, y <= 2026, 'chinese-days', CASE WHEN y <= 2026 THEN CURRENT_TIMESTAMP END, 'chinese-days 1.5.7'
  FROM generate_series(2020, GREATEST(2027, EXTRACT(YEAR FROM now() AT TIME ZONE 'Asia/Shanghai')::int + 1)) AS y
 CROSS JOIN "Tenant" t;
