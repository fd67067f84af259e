// A module is reached only through its faces (DESIGN §3 rule 13): `index.ts` (server, marked "server-only") and
// `client.ts` (client-safe). The one Pages Router page, and the module code it reaches, use `pages.ts` instead,
// since Next refuses "server-only" there. Only lib/modules/registry.ts reads a module's `module.ts`.
// Code inside a module imports its own files freely. tests/ and scripts/ are exempt: tests check internals.
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const MODULES_DIR = path.join(ROOT, "lib", "modules");

function resolveSpecifier(spec, fromFile) {
  if (spec.startsWith("@/")) return path.join(ROOT, spec.slice(2));
  if (spec.startsWith(".")) return path.resolve(path.dirname(fromFile), spec);
  return null;
}

/** { module, file } for a path inside lib/modules/<module>/, file without extension ("" for the folder itself). */
function moduleOf(abs) {
  const rel = path.relative(MODULES_DIR, abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const [module, ...rest] = rel.split(path.sep);
  if (!module || rest.length === 0) {
    return module && !/\.(ts|tsx|mjs)$/.test(module) ? { module, file: "" } : null; // registry.ts, define.ts
  }
  return { module, file: rest.join("/").replace(/\.(ts|tsx)$/, "") };
}

const FACES = new Set(["", "index", "client"]);

export const moduleFaces = {
  meta: {
    type: "problem",
    docs: { description: "Import a module only through index.ts or client.ts (pages/: pages.ts)" },
    messages: {
      deep: "{{spec}} reaches past the {{module}} module's faces: import '@/lib/modules/{{module}}' (server) or '@/lib/modules/{{module}}/client' (client-safe).",
      pagesFace:
        "The Pages Router cannot load '{{spec}}' (server-only): import '@/lib/modules/{{module}}/pages' or '/client'.",
      clientServer:
        "A client component cannot import the server face '{{spec}}': import '@/lib/modules/{{module}}/client'.",
      manifest: "Only lib/modules/registry.ts reads a module's manifest; use the registry.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    if (/^(tests|scripts)\//.test(rel)) return {};
    const own = moduleOf(file);
    let clientComponent = false;
    function check(node, spec) {
      if (typeof spec !== "string") return;
      const abs = resolveSpecifier(spec, file);
      if (!abs) return;
      const target = moduleOf(abs);
      if (!target || (own && own.module === target.module && own.file !== "")) return;
      const data = { spec, module: target.module };
      if (target.file === "module") {
        if (rel !== "lib/modules/registry.ts") context.report({ node, messageId: "manifest" });
        return;
      }
      if (rel.startsWith("pages/")) {
        if (target.file !== "pages" && target.file !== "client") context.report({ node, messageId: "pagesFace", data });
        return;
      }
      if (target.file === "pages") {
        if (!own) context.report({ node, messageId: "deep", data });
        return;
      }
      if (!FACES.has(target.file)) return context.report({ node, messageId: "deep", data });
      if (clientComponent && target.file !== "client") context.report({ node, messageId: "clientServer", data });
    }
    return {
      Program(node) {
        const first = node.body[0];
        clientComponent = first?.type === "ExpressionStatement" && first.directive === "use client";
      },
      ImportDeclaration(node) {
        if (node.importKind !== "type") check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source && node.exportKind !== "type") check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        if (node.exportKind !== "type") check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value);
      },
    };
  },
};
