// The client-safe handling part of deputies' suggestions (re-exported from ./client.ts): schemas, types, actions.
export {};
