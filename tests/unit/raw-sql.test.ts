// Raw SQL is invisible to the tenant guard (lib/db.ts), so it is kept where it can be looked for: in a module, only
// in files named queries-*.ts or unsafe-*.ts, or in the opinion intake (intake-*.ts, submit-opinion.ts). This lists
// every raw SQL call site in lib/ and fails on one whose statement (with the fragments and constants it is built
// from) does not name "tenantId", unless a comment `// unsafe: <why>` stands on or just above the call.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../support/import-graph";

/** The migration runner creates the schema itself: there is no tenant to name. */
const EXEMPT = new Set(["lib/migrations.ts"]);
const MODULE_FILE_OK = /^(queries-[\w-]+|unsafe-[\w-]+|intake-[\w-]+|submit-opinion)\.ts$/;
const CALL = /\$(?:queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)(?:<[^()]*>)?[(`]|\.query(?:<[^()]*>)?\(/g;

type Site = { file: string; line: number; statement: string; unsafe: string | null };

function libFiles(dir = path.join(ROOT, "lib")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "generated" ? [] : libFiles(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** The index of the backtick closing the template literal that opens at `i` (`${…}` and nested templates skipped). */
function endOfTemplate(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "`") return i;
    else if (text[i] === "$" && text[i + 1] === "{") {
      for (let depth = 0; i < text.length; i++) {
        if (text[i] === "`") i = endOfTemplate(text, i);
        else if (text[i] === "{") depth++;
        else if (text[i] === "}" && --depth === 0) break;
      }
    }
  }
  return i;
}

/** From `start` (a call site), the call with its argument: a tagged template, or up to the matching parenthesis. */
function callText(text: string, start: number): string {
  let i = start;
  while (i < text.length && text[i] !== "(" && text[i] !== "`") i++;
  if (text[i] === "`") return text.slice(start, endOfTemplate(text, i) + 1);
  for (let depth = 0; i < text.length; i++) {
    if (text[i] === "`") i = endOfTemplate(text, i);
    else if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

/** Top-level definitions of a file: name → its text (up to the next top-level statement). */
function definitions(file: string): Map<string, string> {
  const text = readFileSync(file, "utf8");
  const starts = [...text.matchAll(/^(?:export\s+)?(?:async\s+)?(?:const|function|let)\s+([A-Za-z_]\w*)/gm)];
  return new Map(starts.map((m, i) => [m[1]!, text.slice(m.index, starts[i + 1]?.index ?? text.length)]));
}

function importedFrom(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of readFileSync(file, "utf8").matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    const spec = m[2]!;
    const base = spec.startsWith("@/")
      ? path.join(ROOT, spec.slice(2))
      : spec.startsWith(".")
        ? path.resolve(path.dirname(file), spec)
        : null;
    const target = base && [".ts", "/index.ts"].map((e) => base + e).find(existsSync);
    if (target)
      for (const n of m[1]!.split(","))
        out.set(
          n
            .trim()
            .replace(/^type\s+/, "")
            .split(/\s+as\s+/)[0]!,
          target,
        );
  }
  return out;
}

/** The statement with the fragments it is built from: the function it stands in (where its WHERE parts are
 *  usually assembled), and the definitions in this file, or constants imported from project files, it names. */
function expand(file: string, statement: string, at: number): string {
  const local = definitions(file);
  const imports = importedFrom(file);
  const text = readFileSync(file, "utf8");
  const enclosing = [...local.values()].find((def) => {
    const start = text.indexOf(def);
    return start <= at && at < start + def.length;
  });
  let out = `${statement}\n${enclosing ?? ""}`;
  const seen = new Set<string>();
  for (let round = 0; round < 3; round++) {
    for (const [, name] of out.matchAll(/\b([A-Za-z_]\w*)\b/g)) {
      if (seen.has(name!)) continue;
      seen.add(name!);
      const def = local.get(name!) ?? (imports.has(name!) ? definitions(imports.get(name!)!).get(name!) : undefined);
      if (def) out += `\n${def}`;
    }
  }
  return out;
}

function sites(): Site[] {
  return libFiles().flatMap((file) => {
    const r = path.relative(ROOT, file);
    if (EXEMPT.has(r)) return [];
    const text = readFileSync(file, "utf8");
    return [...text.matchAll(CALL)].map((m) => {
      const line = text.slice(0, m.index).split("\n").length;
      const lines = text.split("\n");
      const around = lines.slice(Math.max(0, line - 4), line).join("\n");
      const unsafe =
        /\/\/\s*unsafe:\s*(\S.*)/.exec(around)?.[1] ?? (path.basename(r).startsWith("unsafe-") ? "file" : null);
      return { file: r, line, statement: expand(file, callText(text, m.index!), m.index!), unsafe };
    });
  });
}

describe("raw SQL", () => {
  const all = sites();

  test("the scan finds the call sites (so the checks below can fail)", () => {
    expect(all.length).toBeGreaterThan(20);
    const files = new Set(all.map((s) => s.file));
    for (const f of [
      "lib/modules/consultation/queries-opinions.ts",
      "lib/modules/consultation/submit-opinion.ts",
      "lib/rate-limit.ts",
    ]) {
      expect(files, f).toContain(f);
    }
  });

  test("in a module, raw SQL lives only in queries-*.ts, unsafe-*.ts and the intake", () => {
    const misplaced = all.filter(
      (s) => s.file.startsWith("lib/modules/") && !MODULE_FILE_OK.test(path.basename(s.file)),
    );
    expect(misplaced.map((s) => `${s.file}:${s.line}`)).toEqual([]);
  });

  test('every call site names "tenantId", or is marked unsafe with a reason', () => {
    const unscoped = all.filter((s) => !s.unsafe && !s.statement.includes('"tenantId"'));
    expect(unscoped.map((s) => `${s.file}:${s.line}`)).toEqual([]);
  });
});
