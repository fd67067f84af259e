// Bulk inserts for the demo seeders: a city's thousands of deputies, reception days and records in one statement
// per table and batch, through PostgreSQL's own row type (jsonb_populate_recordset), where Prisma's createMany
// costs about half a millisecond a row — seconds per city, on every `npm start` and test run that seeds.
// unsafe: raw SQL, so every row must carry the one tenant's id, which the statement names.
import type { SeedTx } from "./seed-tx";

/** The seeded tables (a fixed list: the name goes into the SQL text). */
export type SeedTable =
  | "Deputy"
  | "LiaisonStation"
  | "StationDeputy"
  | "StationStandardItem"
  | "StationEvidence"
  | "ReceptionSchedule"
  | "ReceptionDay"
  | "ReceptionRecord"
  | "ReceptionAttendance"
  | "ReceptionIssue"
  | "CitizenMessage"
  | "CitizenMessageReply"
  | "CitizenMessageEvent"
  | "Suggestion"
  | "SuggestionSigner"
  | "SuggestionAssignment"
  | "SuggestionReply"
  | "SuggestionContact"
  | "SuggestionMeeting"
  | "SuggestionLetter"
  | "SuggestionEvent";
const TABLES = new Set<string>([
  "Deputy",
  "LiaisonStation",
  "StationDeputy",
  "StationStandardItem",
  "StationEvidence",
  "ReceptionSchedule",
  "ReceptionDay",
  "ReceptionRecord",
  "ReceptionAttendance",
  "ReceptionIssue",
  "CitizenMessage",
  "CitizenMessageReply",
  "CitizenMessageEvent",
  "Suggestion",
  "SuggestionSigner",
  "SuggestionAssignment",
  "SuggestionReply",
  "SuggestionContact",
  "SuggestionMeeting",
  "SuggestionLetter",
  "SuggestionEvent",
]);
const BATCH = 5000;

type Value = string | number | boolean | null | Date | string[];

/**
 * Inserts `rows` (all of `tenantId`, all with the same keys: the columns written; the others take their
 * defaults). Dates go as ISO text, which PostgreSQL reads into DATE and TIMESTAMPTZ columns alike (a DATE from
 * `dayToDate` is UTC midnight, so its day is kept).
 */
export async function bulkInsert(
  tx: SeedTx,
  table: SeedTable,
  tenantId: string,
  rows: readonly Record<string, Value>[],
): Promise<void> {
  if (!TABLES.has(table)) throw new Error(`not a seeded table: ${table}`);
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  if (!columns.includes("tenantId") || rows.some((r) => r.tenantId !== tenantId))
    throw new Error(`bulkInsert into ${table}: every row must be of tenant ${tenantId}`);
  for (const c of columns) if (!/^[A-Za-z]+$/.test(c)) throw new Error(`bad column name ${c}`);
  const list = columns.map((c) => `"${c}"`).join(", ");
  for (let i = 0; i < rows.length; i += BATCH) {
    const json = JSON.stringify(rows.slice(i, i + BATCH));
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) WHERE "tenantId" = $2::uuid`,
      json,
      tenantId,
    );
  }
}
