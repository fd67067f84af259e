import "server-only";
// The stations module's server face: liaison stations, their standard and evidence, mixed grouping, coverage,
// reception days and records, the public pages' data, calendars, posters and statistics. Other modules, app/ and
// components/ import only this and ./client.ts (everything there is here too).
export * from "./client";
export { default as stationsModule } from "./module";
export * from "./face-core";
export * from "./face-public";
