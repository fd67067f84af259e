import "server-only";
// The vote engine server face (filled by its part).
export {};
