// The calendar module's client-safe face: the pure working-day arithmetic (build it from `calendar.data` passed
// as props), constants, schemas, the shapes its pages use, and the server actions client components call.
// Nothing here reaches the database; ./index.ts is the server face.
export * from "./working-calendar";
export * from "./constants";
export * from "./schemas";
export type { CalendarEntryRow, CalendarYearDetail, CalendarYearSummary } from "./queries-calendar";
export * from "./actions";
