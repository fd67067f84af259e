// The deputies module's client-safe face: levels and statuses, the phone mask, schemas, types, and the server
// actions client components call. Nothing here reaches the database; ./index.ts is the server face.
export * from "./workflow";
export type { DeputyBrief } from "./queries-lookup";
export * from "./client-registry";
export * from "./client-area";
