// An audit row's before/after JSON as field-level changes a person can read: 手机号码：138****1234 → 139****5678.
// Pure (no database, no server import): the names come from names.ts, the labels of referenced rows are looked
// up by the caller beforehand (collectRefs says which). Phones, e-mail addresses and anything phone-like in a
// text are masked; secrets (lib/audit.ts redacts them when writing) are never shown.
import { maskContact, maskPhone } from "@/lib/format";
import { isUuid } from "@/lib/ids";
import type { AuditNames } from "./names";

export type Change = { field: string; before?: string; after?: string };

export type ChangeContext = {
  /** The row's entity type: its module's field names come first. */
  entityType: string | null;
  names: AuditNames;
  locale: string;
  /** Entity types that have labels (the manifests' `auditLabels`), to guess what an `…Id` field points at. */
  types: readonly string[];
  /** The label of a referenced row once looked up; `type` null: of any type. */
  label: (type: string | null, id: string) => string | undefined;
  /** The entity type a role's scope names (lib/authz.ts ROLE_SCOPES), null when the role has none. */
  roleScope: (role: string) => string | null;
};

/** Lists longer than this show their length, not their items (a disposition of 500 opinions). */
export const MAX_LISTED = 5;
const MAX_TEXT = 120;
const MAX_DEPTH = 3;
const SECRET = /password|secret|token|hash$/i;
/** Fields that hold a way to reach someone: always masked, whatever their shape. */
const CONTACT = /phone|mobile|contact$|^tel|email/i;
/** A mobile number as people write it: +86 or 86 in front, spaces or dashes between the groups (138 1234 5678). */
const MOBILE = /(?<![\d+])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g;
/** A landline: area code (with or without brackets), then 7–8 digits. */
const LANDLINE = /(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3})[\s-]?\d{7,8}(?!\d)/g;
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** Fields naming a person: they point at a user whatever their name says. */
const PERSON = /^(coordinator|submittedBy|actor|user|admin|createdBy|decidedBy)Ids?$/;
/** Fields pointing at another row of the same kind (the regulation an amendment changes, a merge target). */
const SAME_KIND = /^(target|mergedInto|parent)Id$/;

/** Phone numbers and e-mail addresses inside a free text, masked. */
export function maskText(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(MOBILE, (m) => maskPhone(m.replace(/\D/g, "").slice(-11)))
    .replace(LANDLINE, (m) => maskPhone(m))
    .replace(EMAIL, (m) => maskContact(m));
}

/** What an `…Id` / `…Ids` field points at: `draftVersionId` → DraftVersion, `callId` → ProposalCall. */
export function refTypeOf(field: string, ctx: Pick<ChangeContext, "types" | "entityType">): string | null {
  const m = /^(.+?)Ids?$/.exec(field);
  if (!m) return null;
  if (PERSON.test(field)) return ctx.types.includes("User") ? "User" : null;
  if (SAME_KIND.test(field)) return ctx.entityType;
  const words = (m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1)).split(/(?=[A-Z])/);
  for (let i = 0; i < words.length; i++) {
    const suffix = words.slice(i).join("");
    const hit = ctx.types.find((t) => t === suffix) ?? ctx.types.find((t) => t.endsWith(suffix));
    if (hit) return hit;
  }
  return null;
}

type Leaf = { path: string[]; value: unknown };

/** Nested objects as paths to their values (arrays are values); the top level of a bare value is the path []. */
function flatten(value: unknown, path: string[] = [], out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (value && typeof value === "object" && !Array.isArray(value) && path.length < MAX_DEPTH) {
    for (const [k, v] of Object.entries(value)) flatten(v, [...path, k], out);
  } else if (value !== undefined && !(value === null && path.length === 0)) {
    // (A row without before or after holds SQL NULL: nothing, not a value that became null.)
    out.set(JSON.stringify(path), { path, value });
  }
  return out;
}

const isGrant = (v: unknown): v is { role: string; scopeId?: string | null } =>
  !!v && typeof v === "object" && typeof (v as { role?: unknown }).role === "string";

/** The ids of other rows the changes mention, by entity type: to be labelled before describeChanges runs. */
export function collectRefs(
  before: unknown,
  after: unknown,
  ctx: Pick<ChangeContext, "types" | "entityType" | "roleScope">,
  into = new Map<string, Set<string>>(),
): Map<string, Set<string>> {
  const add = (type: string | null, id: unknown) => {
    if (!type || !isUuid(id)) return;
    let ids = into.get(type);
    if (!ids) into.set(type, (ids = new Set()));
    ids.add(id);
  };
  for (const source of [before, after]) {
    for (const { path, value } of flatten(source).values()) {
      const field = path.at(-1) ?? "";
      if (typeof value === "string") add(refTypeOf(field, ctx), value);
      if (!Array.isArray(value) || value.length > MAX_LISTED) continue;
      for (const item of value) {
        if (isGrant(item)) add(ctx.roleScope(item.role), item.scopeId);
        else add(refTypeOf(field, ctx), item);
      }
    }
  }
  return into;
}

/** Not a type predicate: a string that is not a UUID is still a string. */
const looksLikeId = (s: string): boolean => isUuid(s);
const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);
const shortId = (id: string) => `…${id.slice(-6)}`;

function formatDay(day: string, locale: string): string {
  const fmt = new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
  return fmt.format(new Date(`${day}T00:00:00Z`));
}

function formatInstant(iso: string, locale: string): string {
  const fmt = new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return fmt.format(new Date(iso));
}

/** One value as text: masked, named, labelled or shortened as its field and shape say. */
export function formatValue(field: string, value: unknown, ctx: ChangeContext): string {
  const { names } = ctx;
  if (value === null || value === undefined || value === "") return names.text("none");
  if (SECRET.test(field) || value === "[redacted]") return names.text("redacted");
  if (typeof value === "boolean") return names.text(value ? "yes" : "no");
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") {
    if (CONTACT.test(field)) return maskContact(value);
    if (looksLikeId(value)) return ctx.label(refTypeOf(field, ctx), value) ?? ctx.label(null, value) ?? shortId(value);
    if (DAY.test(value)) return formatDay(value, ctx.locale);
    if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatInstant(value, ctx.locale);
    if (value.length <= 60) {
      const named = names.value(ctx.entityType, field, value);
      if (named) return named;
    }
    return clip(maskText(value));
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return names.text("none");
    const joiner = names.text("joiner");
    if (value.every(isGrant)) {
      return value
        .map((g) => {
          const role = names.value(ctx.entityType, "roles", g.role) ?? g.role;
          const scope = isUuid(g.scopeId) ? (ctx.label(ctx.roleScope(g.role), g.scopeId) ?? shortId(g.scopeId)) : null;
          return scope ? names.text("scoped", { role, scope }) : role;
        })
        .join(joiner);
    }
    if (value.length > MAX_LISTED) return names.text("count", { count: value.length });
    return value
      .map((item) => {
        if (!item || typeof item !== "object" || Array.isArray(item)) return formatValue(field, item, ctx);
        const o = item as Record<string, unknown>;
        const name = o.title ?? o.name ?? o.label ?? o.fileName ?? o.code;
        return typeof name === "string" ? clip(maskText(name)) : names.text("count", { count: Object.keys(o).length });
      })
      .join(joiner);
  }
  return clip(maskText(JSON.stringify(value)));
}

/** A field's name: each segment of a nested path named (a uuid key by its row's label), joined by " · ". */
function fieldName(path: string[], ctx: ChangeContext): string {
  if (path.length === 0) return ctx.names.text("value");
  return path
    .map((seg) =>
      isUuid(seg) ? (ctx.label(null, seg) ?? shortId(seg)) : (ctx.names.field(ctx.entityType, seg) ?? seg),
    )
    .join(" · ");
}

/**
 * The changes between `before` and `after`: a field in both that differs (before → after), a field only in
 * `after` (its value, as when something is created), a field only in `before` (what it was). Equal fields are
 * left out, so a full snapshot on both sides lists just what changed.
 */
export function describeChanges(before: unknown, after: unknown, ctx: ChangeContext): Change[] {
  const was = flatten(before);
  const now = flatten(after);
  const out: Change[] = [];
  const leafField = (leaf: Leaf) => leaf.path.at(-1) ?? "";
  for (const [key, leaf] of now) {
    const old = was.get(key);
    if (old && JSON.stringify(old.value) === JSON.stringify(leaf.value)) continue;
    out.push({
      field: fieldName(leaf.path, ctx),
      ...(old ? { before: formatValue(leafField(old), old.value, ctx) } : {}),
      after: formatValue(leafField(leaf), leaf.value, ctx),
    });
  }
  for (const [key, leaf] of was) {
    if (!now.has(key))
      out.push({ field: fieldName(leaf.path, ctx), before: formatValue(leafField(leaf), leaf.value, ctx) });
  }
  return out;
}
