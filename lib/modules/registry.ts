// The one list of modules. The core reads it (lib/authz.ts, lib/tenant-scope.ts, lib/console-nav.ts, the message
// catalogue, the OpenAPI document, the seeds, the page cache, the workbench, the jobs and the test suites'
// cross-tenant sweeps), so a module added here is covered by all of them. Order is the console's navigation order.
import attachments from "./attachments/module";
import audit from "./audit/module";
import calendar from "./calendar/module";
import citizenMessages from "./citizen-messages/module";
import type { ModuleManifest } from "./define";
import consultation from "./consultation/module";
import contactPoints from "./contact-points/module";
import deputies from "./deputies/module";
import filings from "./filings/module";
import identity from "./identity/module";
import legislation from "./legislation/module";
import notifications from "./notifications/module";
import oversight from "./oversight/module";
import stations from "./stations/module";
import suggestions from "./suggestions/module";
import tenancy from "./tenancy/module";
import votes from "./votes/module";

export const MODULES = [
  legislation,
  consultation,
  contactPoints,
  deputies,
  stations,
  citizenMessages,
  suggestions,
  oversight,
  votes,
  filings,
  tenancy,
  calendar,
  identity,
  audit,
  attachments,
  notifications,
] as const;

export type ModuleName = (typeof MODULES)[number]["name"];

/** The same list, seen through the manifest type (every optional part visible), for the core to iterate. */
export const MANIFESTS: readonly ModuleManifest[] = MODULES;
