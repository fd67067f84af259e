// What the deputy's own area (/console/my-deputy) reads of the stations: the stations the deputy is grouped into,
// the reception days they are on duty for, and the receptions recorded with them present. The deputy comes from
// the deputies module (deputyOfUser); these read the stations' own tables, always naming the tenant.
import { unsafePrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import type { StationKind, StationRole } from "./workflow";

export type MyStation = { id: string; name: string; kind: StationKind; address: string; role: StationRole };
export type MyDuty = {
  id: string;
  stationId: string;
  stationName: string;
  day: string;
  startTime: string;
  endTime: string;
  theme: string;
  location: string;
};
export type MyReception = {
  id: string;
  stationName: string;
  day: string;
  peopleReceived: number;
  summary: string;
  issues: number;
  solved: number;
};

/** The stations a deputy is grouped into, with their role there. */
export async function stationsOfDeputy(tenantId: string, deputyId: string): Promise<MyStation[]> {
  if (!isUuid(deputyId)) return [];
  return unsafePrisma.$queryRaw<MyStation[]>(Prisma.sql`
    SELECT s."id"::text AS id, s."name", s."kind"::text AS kind, s."address", sd."role"::text AS role
    FROM "StationDeputy" sd
    JOIN "LiaisonStation" s ON s."tenantId" = sd."tenantId" AND s."id" = sd."stationId"
    WHERE sd."tenantId" = ${tenantId}::uuid AND sd."deputyId" = ${deputyId}::uuid
    ORDER BY s."active" DESC, s."name"`);
}

/** Non-cancelled reception days from `from` on that list the deputy on duty, soonest first. */
export async function dutiesOfDeputy(tenantId: string, deputyId: string, from: string, limit = 20): Promise<MyDuty[]> {
  if (!isUuid(deputyId)) return [];
  return unsafePrisma.$queryRaw<MyDuty[]>(Prisma.sql`
    SELECT d."id"::text AS id, d."stationId"::text AS "stationId", s."name" AS "stationName",
      to_char(d."day", 'YYYY-MM-DD') AS day, d."startTime", d."endTime", d."theme",
      coalesce(nullif(d."location", ''), s."address") AS location
    FROM "ReceptionDay" d
    JOIN "LiaisonStation" s ON s."tenantId" = d."tenantId" AND s."id" = d."stationId"
    WHERE d."tenantId" = ${tenantId}::uuid AND NOT d."cancelled" AND d."day" >= ${from}::date
      AND d."deputyIds" @> ARRAY[${deputyId}::uuid]
    ORDER BY d."day", d."startTime", s."name"
    LIMIT ${limit}`);
}

/** Receptions recorded with the deputy present, newest first, with their issues raised and solved. */
export async function receptionsWithDeputy(tenantId: string, deputyId: string, limit = 50): Promise<MyReception[]> {
  if (!isUuid(deputyId)) return [];
  return unsafePrisma.$queryRaw<MyReception[]>(Prisma.sql`
    SELECT r."id"::text AS id, s."name" AS "stationName", to_char(r."day", 'YYYY-MM-DD') AS day,
      r."peopleReceived", r."summary",
      (SELECT count(*) FROM "ReceptionIssue" i WHERE i."tenantId" = r."tenantId" AND i."recordId" = r."id")::int AS issues,
      (SELECT count(*) FROM "ReceptionIssue" i WHERE i."tenantId" = r."tenantId" AND i."recordId" = r."id"
        AND i."status" = 'SOLVED')::int AS solved
    FROM "ReceptionAttendance" a
    JOIN "ReceptionRecord" r ON r."tenantId" = a."tenantId" AND r."id" = a."recordId"
    JOIN "LiaisonStation" s ON s."tenantId" = r."tenantId" AND s."id" = r."stationId"
    WHERE a."tenantId" = ${tenantId}::uuid AND a."deputyId" = ${deputyId}::uuid
    ORDER BY r."day" DESC, r."createdAt" DESC
    LIMIT ${limit}`);
}
