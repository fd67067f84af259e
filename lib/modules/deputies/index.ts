import "server-only";
// The deputies module's server face: the registry of deputies of the five levels (import and export as .xlsx,
// the public directory) and the deputy's own area. Other modules, app/ and components/ import only this and
// ./client.ts (everything there is here too).
export * from "./client";
export { default as deputiesModule } from "./module";
export * from "./face-lookup";
export * from "./face-registry";
export * from "./face-area";
