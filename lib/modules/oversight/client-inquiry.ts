// The inquiry part of the oversight client face: its input schemas.
export * from "./schemas-inquiry";
