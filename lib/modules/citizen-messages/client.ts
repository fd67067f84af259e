// The citizen-messages module's client-safe face: the workflow (pure), the settings' defaults, the schemas, types
// and the server actions client components call. Nothing here reaches the database; ./index.ts is the server face.
export * from "./workflow";
export { DEFAULT_CATEGORIES, isDefaultCategory, messageSettings, type MessageSettings } from "./settings";
export { mayMove, mayRevealContact, seesMessage, viewFilter, type MessageViewer, type ViewFilter } from "./policy";
export * from "./client-intake";
export * from "./client-public";
export * from "./client-console";
export * from "./client-ops";
