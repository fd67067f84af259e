// What a module declares about itself, in one file (lib/modules/<m>/module.ts), the way Decidim's component.rb
// declares a component. lib/modules/registry.ts lists the modules; the core reads them: the permission table
// (lib/authz.ts), the tenant guard's model list (lib/tenant-scope.ts), the console navigation, the message
// catalogue, the OpenAPI document, the seed order, the page cache, the workbench, the audit log's names, the
// background jobs and the cross-tenant sweeps of the test suites.
//
// A manifest is plain data plus lazy loaders (`() => import(...)`): the permission table and the page cache read
// manifests without loading any module's server code, and no import cycle can form through them.
import type { Role } from "@/lib/generated/prisma/enums";
import type { Member } from "@/lib/member";
import type { ApiSection } from "@/lib/openapi/core";
import type { TenantRecord } from "@/lib/tenant";

export type { Role };

/** Every role a city's user may hold (DESIGN §4). */
export const ROLES = [
  "admin",
  "legislative",
  "committee",
  "deputyAffairs",
  "leader",
  "station",
  "contactPoint",
  "unit",
  "deputy",
] as const satisfies readonly Role[];
export const EVERYONE: readonly Role[] = ROLES;
/** The standing committee's own staff and the people at stations and points (not units or deputies). */
export const STAFF: readonly Role[] = [
  "admin",
  "legislative",
  "committee",
  "deputyAffairs",
  "leader",
  "station",
  "contactPoint",
];

/** A console navigation entry: shown to roles holding `permission`; `label` is a full message key. */
export type NavEntry = { key: string; path: string; permission: string; label: string };

/** A role whose grant names a row of this module (a committee, a contact point …): the Prisma model that holds
 *  the rows (with `id`, `name` and `active` columns) and whether every grant of the role must name one. */
export type ScopeDecl = { model: string; required: boolean };

/** An answer the page cache in front of Next may keep: `path` is a regular expression of the URL after
 *  `/{tenant}` (console pages, per member; public portal pages, per language) or `/api/v1/{tenant}` (public API),
 *  with an optional query string allowed. `version`: for a page that also shows what no action changes (opinions
 *  arriving, the clock passing a deadline), a query of one row whose `v` (text) joins the key: `$1` the tenant's
 *  id, `$2` the path's first capture group; no row, and the answer is left to Next. */
export type CacheRule = { scope: "member" | "portal" | "public"; path: string; version?: string };

/** One thing waiting for the member on the workbench (工作台), linking to the filtered list where it is done. */
export type WorkItem = {
  /** Unique on the page, e.g. `consultation.pending:<id>`. */
  id: string;
  /** A full message key and its values, e.g. `consultation.workbench.pending`. */
  label: string;
  values?: Record<string, string | number | Date>;
  href: string;
  /** How many things the item stands for; shown as a badge. */
  count?: number;
  /** The item's deadline (a Shanghai calendar day), how many working days are left (negative: overdue), and the
   *  years on the way whose holidays are not confirmed yet (the count may still move). */
  due?: { day: string; workingDaysLeft: number; unconfirmedYears: number[] };
};
export type WorkbenchContext = { tenant: TenantRecord; member: Member; now: Date };
export type WorkbenchSource = (ctx: WorkbenchContext) => Promise<WorkItem[]>;

/** Human names of audited objects, per entity type: ids → label (a title, a username). The audit log asks once
 *  per entity type for one page of rows; ids it asks for are UUIDs. */
export type AuditLabeler = Record<string, (tenantId: string, ids: string[]) => Promise<Map<string, string>>>;

/** Demo data for the named cities; idempotent (a city already seeded is left alone). */
export type Seeder = (slugs: string[], log: (msg: string) => void) => Promise<void>;
export type SeederDecl = { name: string; after?: readonly string[]; load: () => Promise<Seeder> };

/** A background job (pg-boss queue). `cron` makes it recurring (Asia/Shanghai); handlers must be idempotent. */
export type JobHandler = (data: Record<string, unknown>) => Promise<void>;
export type JobDecl = { name: string; cron?: string; load: () => Promise<JobHandler> };

/**
 * The cross-tenant sweep (tests/integration/cross-tenant-sweep.test.ts and tests/e2e/cross-tenant-sweep.spec.ts):
 * `sample` is SQL that returns, for the tenant id in $1, one row of ids (its columns name the placeholders);
 * `pages` and `api` are URL templates with `{tenant}` and those names, visited in another city by the demo
 * account `as` (each must answer 404 there and 200 in the row's own city); `lookups` are the module's read
 * functions by the same names, which must find nothing when asked with another tenant's id.
 */
export type SweepDecl = {
  as: string;
  sample: string;
  pages?: readonly string[];
  api?: readonly string[];
  lookups?: () => Promise<Record<string, (tenantId: string, id: string) => Promise<unknown>>>;
};

export type ModuleManifest = {
  /** The module's name in code (camelCase), e.g. `contactPoints`. */
  name: string;
  /** Its folder under lib/modules, e.g. `contact-points`. */
  folder: string;
  /** Tenant-owned Prisma models (each table has a "tenantId" column). */
  models: readonly string[];
  /** Permission → the roles that hold it (lib/authz.ts merges every module's into the one table). */
  permissions: Readonly<Record<string, readonly Role[]>>;
  /** The role scopes this module defines. */
  scopes?: Readonly<Partial<Record<Role, ScopeDecl>>>;
  nav?: readonly NavEntry[];
  /** Message namespaces (messages/<locale>/<ns>.json): all it owns, and those its client components use. */
  messages?: { server: readonly string[]; client: readonly string[] };
  openapi?: () => Promise<ApiSection>;
  seeders?: readonly SeederDecl[];
  cacheable?: readonly CacheRule[];
  workbench?: () => Promise<WorkbenchSource>;
  auditLabels?: () => Promise<AuditLabeler>;
  /** The console page of an audited object, per entity type: a path after `/{tenant}` with `{id}`
   *  (`"/console/users/{id}"`), so the audit log links its objects. The names of actions, entity types and
   *  fields live in the module's messages: `<namespace>.audit.actions|entities|fields|values`. */
  auditLinks?: Readonly<Record<string, string>>;
  jobs?: readonly JobDecl[];
  sweep?: SweepDecl;
  /** Who may read the module's non-public files beyond the permission recorded on each (the attachments module
   *  asks before serving one): e.g. only members who may see the suggestion a reply letter belongs to. */
  attachmentReaders?: () => Promise<AttachmentReader>;
};

/** Answers whether the member may read a file the module owns (`ownerKind`, `ownerId` as it stored them). */
export type AttachmentReader = (
  tenantId: string,
  member: Member,
  file: { ownerKind: string; ownerId: string | null },
) => Promise<boolean>;

/** Declares a module; `const` keeps permission names literal, so `Permission` is a checked union. */
export function defineModule<const M extends ModuleManifest>(manifest: M): M {
  return manifest;
}
