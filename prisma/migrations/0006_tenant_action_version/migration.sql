-- How many staff actions have committed in this tenant. Every action of the one action path (lib/action.ts)
-- adds one in its own transaction, just before commit, so the value a reader sees moves exactly with what it
-- can see. Cached console pages (lib/page-cache) key on it: any committed change makes them miss.
ALTER TABLE "Tenant" ADD COLUMN "actionVersion" INTEGER NOT NULL DEFAULT 0;
