import "server-only";
// The rectification part of the oversight server face (filled by its part).
export {};
