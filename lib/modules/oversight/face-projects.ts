import "server-only";
// The projects part of the oversight server face (filled by its part).
export {};
