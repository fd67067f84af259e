// The audit log's words: each module names its own actions, entity types, fields and coded values in its message
// namespace (messages/<locale>/<namespace>.json, under `audit`), and the core names its own (auth.*, system.*) in
// console.json. Nothing here knows any module: the namespaces come from the registry's manifests.
//
//   "audit": {
//     "actions":  { "user": { "update": "修改用户" } },         an action code, split at its dots
//     "entities": { "User": "用户" },
//     "fields":   { "phone": "手机号码" },                       fields of the entity types this namespace names
//     "values":   { "stage": "legislationTerms.stage",         a coded value: a message map elsewhere,
//                   "kind": ["…regulationKind", "…planKind"],  several maps (the first that has the code),
//                   "field": { "phone": "手机号码" } }          or the map itself
//   }
//
// A code no namespace names answers null, and the page shows the code itself: never a broken page.
import type { Messages } from "@/lib/i18n/messages";
import type { ModuleManifest } from "../define";

type Tree = Record<string, unknown>;

function at(tree: unknown, path: readonly string[]): unknown {
  let node = tree;
  for (const part of path) {
    if (!node || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Tree)[part];
  }
  return node;
}
const asText = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

export type AuditNames = {
  action(code: string): string | null;
  entity(type: string): string | null;
  /** A field of an entity type: the namespace naming the type first, then the core's, then any module's. */
  field(type: string | null, field: string): string | null;
  /** A coded value of a field (a stage, a disposition, a role). */
  value(type: string | null, field: string, code: string): string | null;
  /** The log's own words (console.audit.format.*), with ICU values. */
  text(key: string, values?: Record<string, string | number>): string;
};

/** `format` renders an ICU message (the translator); `messages` are the locale's whole catalogue. */
export function auditNames(
  messages: Messages,
  manifests: readonly ModuleManifest[],
  format: (key: string, values?: Record<string, string | number>) => string,
): AuditNames {
  const modules = [...new Set(manifests.flatMap((m) => m.messages?.server ?? []))];
  const all = [...modules, "console"];
  const audit = (ns: string, ...path: string[]) => at(messages, [ns, "audit", ...path]);
  const owners = new Map<string, string[]>();
  /** The namespaces to ask about a type's fields: the one naming the type, the core's, then the rest. */
  const order = (type: string | null): string[] => {
    if (!type) return ["console", ...modules];
    let found = owners.get(type);
    if (!found) {
      const owner = all.find((ns) => asText(audit(ns, "entities", type)));
      found = owner ? [owner, ...all.filter((ns) => ns !== owner)] : ["console", ...modules];
      owners.set(type, found);
    }
    return found;
  };
  const lookupValue = (map: unknown, code: string): string | null => {
    if (typeof map === "string") return asText(at(messages, [...map.split("."), code]));
    if (Array.isArray(map)) {
      for (const m of map) {
        const hit = lookupValue(m, code);
        if (hit) return hit;
      }
      return null;
    }
    return asText(at(map, [code]));
  };
  return {
    action: (code) => {
      const path = code.split(".");
      for (const ns of all) {
        const hit = asText(audit(ns, "actions", ...path));
        if (hit) return hit;
      }
      return null;
    },
    entity: (type) => {
      for (const ns of all) {
        const hit = asText(audit(ns, "entities", type));
        if (hit) return hit;
      }
      return null;
    },
    field: (type, field) => {
      for (const ns of order(type)) {
        const hit = asText(audit(ns, "fields", field));
        if (hit) return hit;
      }
      return null;
    },
    value: (type, field, code) => {
      for (const ns of order(type)) {
        const map = audit(ns, "values", field);
        if (map === undefined) continue;
        const hit = lookupValue(map, code);
        if (hit) return hit;
      }
      return null;
    },
    text: (key, values) => format(`console.audit.format.${key}`, values),
  };
}
