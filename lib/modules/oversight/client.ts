// The oversight module's client-safe face: the kinds and states (pure), the settings, and each part's schemas,
// types and server actions. Nothing here reaches the database; ./index.ts is the server face.
export * from "./kinds";
export { oversightSettings, type OversightSettings } from "./settings";
export * from "./client-activities";
export * from "./client-inquiry";
export * from "./client-rectification";
export * from "./client-projects";
