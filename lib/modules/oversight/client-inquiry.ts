// The inquiry part of the oversight client face (filled by its part).
export {};
