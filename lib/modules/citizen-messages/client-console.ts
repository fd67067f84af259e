// Client-safe exports of the console side of citizens' messages (schemas, types, server actions); re-exported from ./client.ts.
export {};
