import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Namespaces every page's client components use (language switch, sign-in/out, shell). */
export const BASE_NAMESPACES = ["common", "auth", "shell"] as const;
/** Every console page's client components: the account and user forms. A module's pages add their own. */
export const CONSOLE_NAMESPACES = ["console"] as const;

/**
 * Hands client components only the message namespaces their part of the site uses. Without it every page
 * would carry every namespace of the whole platform in its payload — heavy on a phone, and growing with each
 * module. A nested provider replaces the outer one's messages, so the base namespaces are always included.
 */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: readonly string[];
  children: React.ReactNode;
}) {
  const all = (await getMessages()) as Record<string, unknown>;
  const wanted = [...BASE_NAMESPACES, ...namespaces];
  const messages = Object.fromEntries(wanted.filter((n) => n in all).map((n) => [n, all[n]]));
  return <NextIntlClientProvider messages={messages as never}>{children}</NextIntlClientProvider>;
}
