// One schema per input of the calendar's admin forms, shared by the forms and the server actions. Rules that need
// the city's rows (a day already listed) or a calendar (a make-up day must fall on a weekend) are checked in the
// actions, with messages from messages/<locale>/calendar.json (calendar-errors.ts).
import { z } from "zod";
import { isCalendarDay } from "./working-calendar";

const day = z
  .string({ error: "validation.dateFormat" })
  .trim()
  .refine(isCalendarDay, { error: "validation.dateFormat" });
const name = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(30, { error: "validation.tooLong" });
const id = z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).pipe(z.uuid());

/** Days off from `from` to `to` (both included), e.g. 春节 2027-02-06 → 2027-02-13. */
export const addHolidaySchema = z
  .strictObject({ name, from: day, to: day })
  // Only between two real days: a malformed one already has its own message.
  .refine((v) => !isCalendarDay(v.from) || !isCalendarDay(v.to) || v.from <= v.to, {
    path: ["to"],
    error: "validation.dateOrder",
  });
export type AddHolidayInput = z.infer<typeof addHolidaySchema>;

/** A make-up working day (调休上班) on a Saturday or Sunday, named after the festival it makes up for. */
export const addWorkdaySchema = z.strictObject({ name, day });
export type AddWorkdayInput = z.infer<typeof addWorkdaySchema>;

/** Takes one listed day off the calendar (it then counts by the weekday again). */
export const removeCalendarDaySchema = z.strictObject({ id });

/** Marks a year's arrangement as confirmed (as published by the State Council), with an optional reference. */
export const confirmYearSchema = z.strictObject({
  year: z.coerce
    .number({ error: "validation.positiveInteger" })
    .int({ error: "validation.positiveInteger" })
    .positive({ error: "validation.positiveInteger" }),
  note: z.string().trim().max(200, { error: "validation.tooLong" }).default(""),
});
