import "server-only";
// The filing review server face (filled by its part).
export {};
