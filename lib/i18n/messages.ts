// Messages live in messages/<locale>/<namespace>.json, one file per namespace: the core's (CORE_NAMESPACES) and
// each module's, named in its manifest (`messages.server`). Every file of the folder is loaded, so a module's
// texts need no shared list; tests/unit/messages.test.ts checks each file is claimed by the core or by exactly one
// manifest. (Not read through the registry: this sits under the Pages Router page too, which must not load the
// registry's module code; lib/modules/consultation/pages.ts says why.) Read from disk once per process and
// locale: the same code path in Next, the custom server, the job worker, scripts and tests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./config";

export type Messages = Record<string, unknown>;

/** The shell's own texts: shared words, errors, validation, the portal and the console frame. */
export const CORE_NAMESPACES = ["common", "errors", "validation", "shell", "portal", "console"] as const;

const loaded = new Map<Locale, Messages>();

function read(locale: Locale): Messages {
  const dir = path.join(process.cwd(), "messages", locale);
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  return Object.fromEntries(
    files.map((f) => [f.slice(0, -".json".length), JSON.parse(readFileSync(path.join(dir, f), "utf8"))]),
  );
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  // `next dev` re-reads, so edited texts show on the next request.
  if (process.env.NODE_ENV === "development") return read(locale);
  let messages = loaded.get(locale);
  if (!messages) loaded.set(locale, (messages = read(locale)));
  return messages;
}
