// One schema per input, shared by the forms and the server actions.
import { z } from "zod";
import {
  HOLIDAY_RULES,
  ISSUE_CATEGORIES,
  ISSUE_STATUSES,
  RECURRENCE_KINDS,
  STATION_KINDS,
  STATION_ROLES,
} from "./workflow";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.dateFormat" });
const optionalDay = z
  .union([day, z.literal("")])
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));
const text = (max: number) =>
  z.string().trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });
const optionalText = (max: number) => z.string().trim().max(max, { error: "validation.tooLong" }).default("");
const optionalId = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));
const requiredId = z.string().min(1, { error: "validation.required" }).pipe(z.uuid());
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.invalidFormat" });
const count = (min: number, max: number) =>
  z.coerce
    .number({ error: "validation.positiveInteger" })
    .int({ error: "validation.positiveInteger" })
    .min(min, { error: "validation.positiveInteger" })
    .max(max, { error: "validation.positiveInteger" });
const deputyIds = z.array(z.uuid()).max(200, { error: "validation.tooMany" }).default([]);

export const stationSchema = z.strictObject({
  name: text(100),
  kind: z.enum(STATION_KINDS),
  areaId: optionalId,
  address: optionalText(200),
  openingHours: optionalText(200),
  phone: z
    .string()
    .trim()
    .regex(/^[\d\-+() ]{0,30}$/, { error: "validation.invalidFormat" })
    .default(""),
  intro: optionalText(2000),
  establishedOn: optionalDay,
  active: z.boolean().default(true),
});
export type StationInput = z.infer<typeof stationSchema>;
export const updateStationSchema = stationSchema.extend({ id: requiredId });

/** The city's standard: its name and its items in order (an item without id is new; active false retires it). */
export const standardSchema = z.strictObject({
  name: text(50),
  items: z
    .array(
      z.strictObject({
        id: optionalId,
        label: text(100),
        guidance: optionalText(500),
        active: z.boolean().default(true),
      }),
    )
    .min(1, { error: "validation.required" })
    .max(50, { error: "validation.tooMany" }),
});

/** One station's evidence for one item (the photo or document comes along in the form, server-side only). */
export const evidenceSchema = z.strictObject({
  stationId: requiredId,
  itemId: requiredId,
  met: z.boolean().default(false),
  note: optionalText(1000),
  removeAttachment: z.boolean().default(false),
});

export const groupDeputySchema = z.strictObject({
  stationId: requiredId,
  deputyId: requiredId,
  role: z.enum(STATION_ROLES).default("RESIDENT"),
});
export const ungroupDeputySchema = z.strictObject({ stationId: requiredId, deputyId: requiredId });

const scheduleFields = {
  stationId: requiredId,
  title: text(100),
  kind: z.enum(RECURRENCE_KINDS),
  dayOfMonth: z
    .union([count(1, 31), z.literal(""), z.null()])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  weekOfMonth: z
    .union([
      z.coerce
        .number()
        .int()
        .refine((n) => n === -1 || (n >= 1 && n <= 4)),
      z.literal(""),
      z.null(),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  weekday: z
    .union([count(1, 7), z.literal(""), z.null()])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  everyMonths: count(1, 12).default(1),
  startsOn: day,
  endsOn: optionalDay,
  startTime: time,
  endTime: time,
  onHoliday: z.enum(HOLIDAY_RULES).default("NEXT_WORKING_DAY"),
  location: optionalText(200),
  theme: optionalText(200),
  deputyIds,
  active: z.boolean().default(true),
};
export const scheduleSchema = z.strictObject(scheduleFields);
export type ScheduleInput = z.infer<typeof scheduleSchema>;
export const updateScheduleSchema = z.strictObject({ ...scheduleFields, id: requiredId });

export const updateReceptionDaySchema = z.strictObject({
  id: requiredId,
  startTime: time,
  endTime: time,
  theme: optionalText(200),
  location: optionalText(200),
  deputyIds,
  cancelled: z.boolean().default(false),
});

const issue = z.strictObject({
  category: z.enum(ISSUE_CATEGORIES),
  content: text(2000),
  status: z.enum(ISSUE_STATUSES).default("OPEN"),
});

/** A reception held (the photos come along in the form, server-side only). */
export const receptionRecordSchema = z.strictObject({
  stationId: requiredId,
  receptionDayId: optionalId,
  day,
  deputyIds: z.array(z.uuid()).min(1, { error: "validation.required" }).max(100, { error: "validation.tooMany" }),
  peopleReceived: count(0, 100000),
  summary: optionalText(5000),
  issues: z.array(issue).max(100, { error: "validation.tooMany" }).default([]),
});
export type ReceptionRecordInput = z.infer<typeof receptionRecordSchema>;

export const issueStatusSchema = z.strictObject({ id: requiredId, status: z.enum(ISSUE_STATUSES) });

/** An issue's category, text and status, edited after the reception. */
export const updateIssueSchema = z.strictObject({
  id: requiredId,
  category: z.enum(ISSUE_CATEGORIES),
  content: text(2000),
  status: z.enum(ISSUE_STATUSES),
});
