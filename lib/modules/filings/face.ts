import "server-only";
// The filing review server face.
export * from "./face-filings";
