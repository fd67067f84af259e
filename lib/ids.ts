// Ids in URLs are user input: check the UUID shape before a query casts them (a malformed id reaching
// PostgreSQL's ::uuid would be a 500 instead of the 404 it deserves).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
