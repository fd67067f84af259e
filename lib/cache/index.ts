// The page cache's public face: scripts/server.mjs puts it in front of Next; tests clear it.
export { cacheablePath, clearPageCache, handleCachedRoute } from "./page-cache";
