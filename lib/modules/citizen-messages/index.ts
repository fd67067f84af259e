import "server-only";
// The citizen-messages module's server face: the viewer the policy needs and the one move of a message's state.
// Other modules, app/ and components/ import only this and ./client.ts (everything there is here too).
export * from "./client";
export { default as citizenMessagesModule } from "./module";
export { loadViewer } from "./queries-viewer";
export { moveMessage, type MoveArgs } from "./move-message";
