// The audit module's client-safe face: the log's filter and its shape.
export * from "./schemas";
