// The notifications module's client-safe face: its schemas, the value shapes the notifier stores, and the server
// actions the list's buttons call. Nothing here reaches the database; ./index.ts is the server face.
export * from "./schemas";
export { messageValues, isCityPath, type NotificationValue, type NotificationValues } from "./values";
export type { NotificationRow } from "./queries-notifications";
export * from "./actions";
