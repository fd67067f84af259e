import "server-only";
// The filing review's server face. Other modules, app/ and components/ import only this and ./client.ts.
export * from "./client";
export { default as filingsModule } from "./module";
export * from "./face";
