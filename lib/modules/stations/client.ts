// The stations module's client-safe face: kinds, roles, recurrence rules (pure), schemas, types, and the server
// actions client components call. Nothing here reaches the database; ./index.ts is the server face.
export * from "./workflow";
export { occurrences, type Rule } from "./recurrence";
export * from "./client-core";
export * from "./client-public";
