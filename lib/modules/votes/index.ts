import "server-only";
// The vote engine's server face. Other modules, app/ and components/ import only this and ./client.ts.
export * from "./client";
export { default as votesModule } from "./module";
export * from "./face";
export { castVote } from "./cast-vote";
export { closePoll, createPoll, openPoll, setPresence } from "./move-poll";
export { getPollResultsForApi } from "./public-api";
export { getPollView, pollsAwaiting, voterChoices } from "./queries-view";
