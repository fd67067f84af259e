// The forms of an oversight activity: create and edit, status moves, the report, the deliberation opinions to
// units, participants, points, problems and a unit's report back. Refusals are message keys of
// oversightActivities.errors (zod's own text never reaches the user: lib/validation.ts maps it).
import { z } from "zod";
import { Upload } from "@/lib/modules/attachments";
import { OVERSIGHT_KINDS, OVERSIGHT_STATUSES, PROBLEM_CATEGORIES, PROBLEM_SEVERITIES } from "./kinds";

const uuid = z.string().uuid();
/** An empty choice of a <select> means none. */
const optionalUuid = uuid
  .nullish()
  .or(z.literal("").transform(() => null))
  .transform((v) => v ?? null);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optionalDay = day
  .nullish()
  .or(z.literal("").transform(() => null))
  .transform((v) => v ?? null);
const text = (max: number) => z.string().trim().max(max).default("");
const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const uuidList = z
  .union([uuid, z.array(uuid)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const activityFields = z.object({
  kind: z.enum(OVERSIGHT_KINDS),
  year: intFrom(2000, 2100),
  title: z.string().trim().min(1).max(200),
  summary: text(4000),
  committeeId: optionalUuid,
  lawName: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((v) => v || null),
  regulationId: optionalUuid,
  plannedQuarter: z
    .union([intFrom(1, 4), z.literal("").transform(() => null)])
    .nullish()
    .transform((v) => v ?? null),
  startOn: optionalDay,
  endOn: optionalDay,
  published: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});

export const createActivitySchema = activityFields;
export const updateActivitySchema = activityFields.extend({ id: uuid });

export const moveActivitySchema = z.object({
  id: uuid,
  to: z.enum(OVERSIGHT_STATUSES),
  note: text(1000),
});

export const recordReportSchema = z.object({
  id: uuid,
  meeting: z.string().trim().min(1).max(200),
  reportedOn: day,
  reportBody: text(20000),
  file: z.instanceof(Upload).optional(),
});

export const sendOpinionsSchema = z.object({
  id: uuid,
  opinionsBody: z.string().trim().min(1).max(20000),
  sentOn: day,
  reportBackWorkingDays: intFrom(1, 365).optional(),
  unitIds: uuidList,
});

export const addParticipantSchema = z.object({
  id: uuid,
  userId: optionalUuid,
  deputyId: optionalUuid,
  role: text(40),
});

export const removeParticipantSchema = z.object({ id: uuid, participantId: uuid });

export const addPointSchema = z.object({
  id: uuid,
  place: z.string().trim().min(1).max(200),
  visitedOn: day,
  visitors: text(500),
  note: text(2000),
});

export const addProblemSchema = z.object({
  id: uuid,
  pointId: optionalUuid,
  unitId: optionalUuid,
  description: z.string().trim().min(1).max(4000),
  category: z.enum(PROBLEM_CATEGORIES),
  severity: z.enum(PROBLEM_SEVERITIES).default("MODERATE"),
  photo: z.instanceof(Upload).optional(),
});

export const submitUnitReportSchema = z.object({
  id: uuid,
  unitId: uuid,
  body: z.string().trim().min(1).max(20000),
  file: z.instanceof(Upload).optional(),
});
