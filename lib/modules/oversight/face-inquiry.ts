import "server-only";
// The inquiry part of the oversight server face (filled by its part).
export {};
