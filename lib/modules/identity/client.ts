// The identity module's client-safe face: its schemas and the server actions of the user and password forms.
export * from "./schemas";
export type { ScopeChoices } from "./queries-scopes";
export * from "./actions";
