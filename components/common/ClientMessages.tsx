import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { MANIFESTS, type ModuleName } from "@/lib/modules/registry";

/** Namespaces every page's client components use (language switch, sign-in/out, shell). */
export const BASE_NAMESPACES = ["common", "auth", "shell"] as const;
/** Every console page's client components: the account and user forms. A module's pages add their own. */
export const CONSOLE_NAMESPACES = ["console"] as const;

/** The client namespaces the named modules declare in their manifests (`messages.client`). */
export function moduleClientNamespaces(modules: readonly ModuleName[]): string[] {
  return modules.flatMap((name) => MANIFESTS.find((m) => m.name === name)?.messages?.client ?? []);
}

type Props = {
  /** Modules whose pages (or components) are under this layout: their manifests name the namespaces. */
  modules?: readonly ModuleName[];
  /** Namespaces besides the modules' and the base ones. */
  namespaces?: readonly string[];
  children: React.ReactNode;
};

/**
 * Hands client components only the message namespaces their part of the site uses. Without it every page
 * would carry every namespace of the whole platform in its payload — heavy on a phone, and growing with each
 * module. A nested provider replaces the outer one's messages, so the base namespaces are always included.
 */
export async function ClientMessages({ modules = [], namespaces = [], children }: Props) {
  const all = (await getMessages()) as Record<string, unknown>;
  const wanted = [...BASE_NAMESPACES, ...namespaces, ...moduleClientNamespaces(modules)];
  const messages = Object.fromEntries(wanted.filter((n) => n in all).map((n) => [n, all[n]]));
  return <NextIntlClientProvider messages={messages as never}>{children}</NextIntlClientProvider>;
}
