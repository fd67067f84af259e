// `npm run worker`: the background jobs alone (lib/jobs), compiled like the server's runtime (`npm run build` writes
// .next/lianxin/worker.mjs from scripts/worker.ts), so production runs no TypeScript. Next's request-scoped modules,
// which module code imports, expect AsyncLocalStorage on globalThis as Next's own server provides it: set it first.
import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

globalThis.AsyncLocalStorage ??= AsyncLocalStorage;
const compiled = path.join(process.cwd(), ".next", "lianxin", "worker.mjs");
if (!existsSync(compiled)) {
  console.error(`${compiled} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
await import(pathToFileURL(compiled).href);
