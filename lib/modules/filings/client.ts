// The filing review's client-safe face: findings and states (pure), schemas, types and server actions.
export * from "./client-filings";
