// The attachments module's client-safe face: the accepted types, limits and URLs, and the shapes other modules
// keep. Nothing here reaches the database or Node; ./index.ts is the server face.
export * from "./types";
