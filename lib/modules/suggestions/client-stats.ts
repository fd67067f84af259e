// The client-safe stats part of deputies' suggestions (re-exported from ./client.ts): schemas, types, actions.
export {};
