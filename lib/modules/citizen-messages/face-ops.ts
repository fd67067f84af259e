// The ops side of citizens' messages (filled in by its owner; re-exported from ./index.ts).
export {};
