// Next's request-scoped APIs (next/headers, next/cache) look for AsyncLocalStorage on globalThis as their modules
// load; Next's own server puts it there when it starts. Code that runs outside Next — the compiled server runtime
// before Next is ready, the job worker — sets it the same way first, so loading a module that merely imports
// next/headers does not throw (calling those APIs outside a request still does, as it should).
import { AsyncLocalStorage } from "node:async_hooks";

const g = globalThis as { AsyncLocalStorage?: unknown };
g.AsyncLocalStorage ??= AsyncLocalStorage;
