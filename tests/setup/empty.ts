// Stand-in for `server-only` (vitest.config.ts aliases it here): the real module throws outside Next.js's
// server bundle, and tests import server modules directly.
export {};
