import "server-only";
// The oversight module's server face: each part — the plan and its activities, special inquiries, rectification,
// livelihood projects. Other modules, app/ and components/ import only this and ./client.ts (everything there is
// here too).
export * from "./client";
export { default as oversightModule } from "./module";
export * from "./face-activities";
export * from "./face-inquiry";
export * from "./face-rectification";
export * from "./face-projects";
