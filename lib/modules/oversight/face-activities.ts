import "server-only";
// The activities part of the oversight server face (filled by its part).
export {};
