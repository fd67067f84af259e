// One page of the audit log in words (issue #9, item 6e): the action's and the entity type's names from the
// modules' messages, the object's label from its module (manifest `auditLabels`, one query per entity type on the
// page), a link where its module has a page for it (`auditLinks`), the actor's current name, and the changes field
// by field with phones masked. A code nobody names shows as itself; a row whose object is gone keeps its type.
import { ROLE_SCOPES } from "@/lib/authz";
import { isUuid } from "@/lib/ids";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/translate";
import type { ActorKind } from "@/lib/generated/prisma/enums";
import type { AuditLabeler } from "../define";
import { MANIFESTS } from "../registry";
import { collectRefs, describeChanges, maskText, type Change } from "./changes";
import { auditNames, type AuditNames } from "./names";
import { auditFacets, listAuditEvents } from "./queries";
import type { AuditFilter } from "./schemas";

export type ReadableAuditEvent = {
  id: string;
  createdAt: Date;
  actor: { kind: ActorKind; name: string | null };
  action: { code: string; name: string | null };
  object: { type: string; typeName: string | null; id: string | null; label: string | null; href: string | null };
  changes: Change[];
  source: { ip: string | null; requestId: string | null };
};

let labelers: Promise<AuditLabeler> | undefined;
/** Every module's labelers, merged (loaded once: they are functions of the tenant and ids only). */
function allLabelers(): Promise<AuditLabeler> {
  return (labelers ??= Promise.all(MANIFESTS.map((m) => m.auditLabels?.() ?? Promise.resolve({}))).then((list) =>
    Object.assign({}, ...list),
  ));
}

const LINKS: Record<string, string> = Object.assign({}, ...MANIFESTS.map((m) => m.auditLinks ?? {}));

/** Labels of the wanted rows: one query per entity type, all at once. */
async function gatherLabels(tenantId: string, wanted: Map<string, Set<string>>) {
  const byType = await allLabelers();
  const entries = await Promise.all(
    [...wanted].map(async ([type, ids]) => {
      const labeler = byType[type];
      const valid = [...ids].filter(isUuid);
      return [type, labeler && valid.length ? await labeler(tenantId, valid) : new Map<string, string>()] as const;
    }),
  );
  return new Map(entries);
}

async function namesFor(locale: Locale): Promise<AuditNames> {
  const [messages, t] = await Promise.all([loadMessages(locale), getTranslator(locale)]);
  return auditNames(messages, MANIFESTS, (key, values) => t(key as never, values as never));
}

const roleScope = (role: string) => ROLE_SCOPES[role as keyof typeof ROLE_SCOPES]?.model ?? null;

export async function listReadableAuditEvents(
  tenant: { id: string; slug: string },
  filter: AuditFilter,
  locale: Locale,
): Promise<{ total: number; pageCount: number; events: ReadableAuditEvent[] }> {
  const [{ total, pageCount, events }, names, byType] = await Promise.all([
    listAuditEvents(tenant.id, filter),
    namesFor(locale),
    allLabelers(),
  ]);
  const types = Object.keys(byType);
  // Everything on the page that has a name somewhere: the objects, the actors, the rows the changes mention.
  const wanted = new Map<string, Set<string>>();
  const want = (type: string, id: string | null) => {
    if (!id || !isUuid(id)) return;
    let ids = wanted.get(type);
    if (!ids) wanted.set(type, (ids = new Set()));
    ids.add(id);
  };
  for (const e of events) {
    want(e.entityType, e.entityId);
    if (e.actorKind === "USER") want("User", e.actorId);
    collectRefs(e.before, e.after, { types, entityType: e.entityType, roleScope }, wanted);
  }
  const labels = await gatherLabels(tenant.id, wanted);
  // Labels are masked like any text of the log: an opinion's excerpt may hold a phone number.
  const label = (type: string | null, id: string) => {
    const found = type ? labels.get(type)?.get(id) : [...labels.values()].find((map) => map.has(id))?.get(id);
    return found === undefined ? undefined : maskText(found);
  };
  return {
    total,
    pageCount,
    events: events.map((e) => {
      const objectLabel = e.entityId ? (label(e.entityType, e.entityId) ?? null) : null;
      const link = LINKS[e.entityType];
      return {
        id: e.id,
        createdAt: e.createdAt,
        actor: {
          kind: e.actorKind,
          name: (e.actorKind === "USER" && e.actorId ? label("User", e.actorId) : undefined) ?? e.actorName,
        },
        action: { code: e.action, name: names.action(e.action) },
        object: {
          type: e.entityType,
          typeName: names.entity(e.entityType),
          id: e.entityId,
          label: objectLabel,
          // Linked only while the object is still there to be named.
          href: link && objectLabel && e.entityId ? `/${tenant.slug}${link.replace("{id}", e.entityId)}` : null,
        },
        changes: describeChanges(e.before, e.after, {
          entityType: e.entityType,
          names,
          locale,
          types,
          label,
          roleScope,
        }),
        source: { ip: e.ip, requestId: e.requestId },
      };
    }),
  };
}

/** The filter's choices in words: actions and entity types seen in this city, sorted by their names. */
export async function auditFilterOptions(tenantId: string, locale: Locale) {
  const [facets, names] = await Promise.all([auditFacets(tenantId), namesFor(locale)]);
  const collator = new Intl.Collator(locale);
  const named = (codes: string[], name: (code: string) => string | null) =>
    codes.map((value) => ({ value, label: name(value) ?? value })).sort((a, b) => collator.compare(a.label, b.label));
  return {
    actions: named(facets.actions, names.action),
    entityTypes: named(facets.entityTypes, names.entity),
  };
}
