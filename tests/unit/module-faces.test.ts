// Each module declares itself in module.ts, is listed in the registry, and is reached through two faces: index.ts
// (server, marked "server-only") and client.ts (client-safe: nothing it loads reaches the database or the server).
// The Pages Router page must not load any server face at all, nor the registry (whose manifests load module code):
// Next refuses "server-only" there.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { PERMISSIONS } from "@/lib/authz";
import { MANIFESTS } from "@/lib/modules/registry";
import { importChain, ROOT, runtimeGraph, runtimeSpecifiers } from "../support/import-graph";

const MODULES_DIR = path.join(ROOT, "lib/modules");
const folders = readdirSync(MODULES_DIR).filter((f) => statSync(path.join(MODULES_DIR, f)).isDirectory());
const rel = (f: string) => path.relative(ROOT, f);

describe("module manifests and faces", () => {
  test("every module folder has a manifest, both faces, and a line in the registry", () => {
    const registry = readFileSync(path.join(MODULES_DIR, "registry.ts"), "utf8");
    expect(folders.length).toBeGreaterThanOrEqual(6);
    for (const folder of folders) {
      for (const face of ["module.ts", "index.ts", "client.ts"]) {
        expect(existsSync(path.join(MODULES_DIR, folder, face)), `${folder}/${face}`).toBe(true);
      }
      expect(registry, folder).toContain(`"./${folder}/module"`);
    }
    expect(MANIFESTS.map((m) => m.folder).sort()).toEqual([...folders].sort());
    expect(new Set(MANIFESTS.map((m) => m.name)).size).toBe(MANIFESTS.length);
  });

  test.each(folders)('%s/index.ts starts with import "server-only"', (folder) => {
    const code = readFileSync(path.join(MODULES_DIR, folder, "index.ts"), "utf8").replace(/^\s*\/\/[^\n]*\n/gm, "");
    expect(code.trimStart().startsWith('import "server-only";')).toBe(true);
  });

  test("the walk sees a server face reach the database (so the checks below can fail)", () => {
    const graph = runtimeGraph(path.join(MODULES_DIR, "legislation/index.ts"));
    expect([...graph.keys()].map(rel)).toEqual(
      expect.arrayContaining(["lib/db.ts", "lib/modules/legislation/actions.ts"]),
    );
    expect([...runtimeGraph(path.join(MODULES_DIR, "legislation/client.ts")).keys()].map(rel)).not.toContain(
      "lib/db.ts",
    );
  });

  test.each(folders)("%s/client.ts loads nothing that reaches the server", (folder) => {
    const graph = runtimeGraph(path.join(MODULES_DIR, folder, "client.ts"));
    const forbidden = ["lib/db.ts", "lib/pg.ts", "lib/modules/registry.ts", "lib/generated/prisma/client.ts"];
    const bad: string[] = [];
    for (const file of graph.keys()) {
      const r = rel(file);
      if (forbidden.includes(r) || /^lib\/modules\/[^/]+\/index\.ts$/.test(r)) bad.push(importChain(graph, file));
      for (const spec of runtimeSpecifiers(file)) {
        if (["server-only", "next/headers", "next/cache"].includes(spec) || spec.startsWith("node:")) {
          bad.push(`${importChain(graph, file)} imports ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test("the Pages Router page loads no server face, no registry and no server action", () => {
    const pages = readdirSync(path.join(ROOT, "pages"), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => path.join(ROOT, "pages", f));
    expect(pages.length).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const page of pages) {
      const graph = runtimeGraph(page);
      for (const file of graph.keys()) {
        const r = rel(file);
        const serverAction = /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(file, "utf8"));
        if (/^lib\/modules\/([^/]+\/index|registry)\.ts$/.test(r) || serverAction) bad.push(importChain(graph, file));
      }
    }
    expect(bad).toEqual([]);
  });

  test("manifests name only permissions that exist, scopes of their own models, and tenant-scoped sweeps", () => {
    for (const m of MANIFESTS) {
      for (const entry of m.nav ?? [])
        expect(Object.keys(PERMISSIONS), `${m.name} nav ${entry.key}`).toContain(entry.permission);
      for (const [role, scope] of Object.entries(m.scopes ?? {}))
        expect(m.models, `${m.name} scope ${role}`).toContain(scope!.model);
      for (const rule of m.cacheable ?? []) {
        expect(() => new RegExp(rule.path), `${m.name} ${rule.path}`).not.toThrow();
        // A version query names its page's object by the path's first group and filters by the tenant ($1).
        if (rule.version) {
          expect(new RegExp(`${rule.path}|`).exec("")!.length, `${m.name} ${rule.path}`).toBeGreaterThan(1);
          expect(rule.version, `${m.name} ${rule.path}`).toMatch(/"tenantId" = \$1/);
        }
      }
      if (m.sweep) {
        expect(m.sweep.sample, m.name).toContain('"tenantId" = $1');
        const names = [...m.sweep.sample.matchAll(/\bAS\s+"?([a-z][A-Za-z]*)"?/g)].map(([, n]) => n!);
        for (const url of [...(m.sweep.pages ?? []), ...(m.sweep.api ?? [])]) {
          for (const [, ph] of url.matchAll(/\{([a-zA-Z]+)\}/g))
            if (ph !== "tenant") expect(names, `${m.name} ${url}`).toContain(ph);
        }
      }
    }
  });
});
