// The project files a file loads at run time, followed transitively: `import`/`export … from` and `import()` of
// project paths (`@/…` and relative). Type-only imports are skipped, and so are the contents of "use server"
// files, which a client bundle replaces by references to the server.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

function resolve(spec: string, from: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  return (
    ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]
      .map((e) => base + e)
      .find((p) => existsSync(p) && statSync(p).isFile()) ?? null
  );
}

const STATIC = /^\s*(?:import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?["']([^"']+)["']/gm;
const DYNAMIC = /import\(\s*["']([^"']+)["']\s*\)/g;

/** The specifiers a file loads at run time (packages included, unresolved). */
export function runtimeSpecifiers(file: string): string[] {
  const text = readFileSync(file, "utf8");
  if (/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(text)) return [];
  const found = [...text.matchAll(STATIC)].filter(([, type]) => !type).map(([, , spec]) => spec!);
  return [...found, ...[...text.matchAll(DYNAMIC)].map(([, spec]) => spec!)];
}

/** Every project file reachable from `entry` at run time, with the file that first imported it. */
export function runtimeGraph(entry: string): Map<string, string | null> {
  const seen = new Map<string, string | null>([[entry, null]]);
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    for (const spec of runtimeSpecifiers(file)) {
      const target = resolve(spec, file);
      if (target && !seen.has(target)) {
        seen.set(target, file);
        stack.push(target);
      }
    }
  }
  return seen;
}

/** entry → … → file, as relative paths, to explain a failure. */
export function importChain(graph: Map<string, string | null>, file: string): string {
  const chain: string[] = [];
  for (let f: string | null | undefined = file; f; f = graph.get(f)) chain.unshift(path.relative(ROOT, f));
  return chain.join(" → ");
}
