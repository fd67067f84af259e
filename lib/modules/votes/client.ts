// The vote engine's client-safe face: option sets, pass rules (pure), schemas, types and server actions.
export * from "./client-votes";
export {
  castVoteAction,
  closePollAction,
  createPollAction,
  openPollAction,
  recordRegulationVoteAction,
  setPresenceAction,
} from "./actions-votes";
