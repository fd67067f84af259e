import "server-only";
// The citizen-messages module's server face: the viewer the policy needs, the one move of a message's state, the
// intake, the citizen's receipt and rating, the console's lists and moves, the jobs, statistics and workbench.
// Other modules, app/ and components/ import only this and ./client.ts (everything there is here too).
export * from "./client";
export { default as citizenMessagesModule } from "./module";
export { loadViewer } from "./queries-viewer";
export { moveMessage, type MoveArgs } from "./move-message";
export * from "./face-intake";
export * from "./face-public";
export * from "./face-console";
export * from "./face-ops";
