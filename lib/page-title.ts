// Each page's own <title> (issue #9, 6f). A page names itself; the layouts' templates add the rest: under a city
// "用户管理 · 辽源市人大常委会 · 连心" (app/[tenant]/layout.tsx), on the platform "城市管理 · 连心" (app/layout.tsx).
// The text is the page's own heading, from its messages: never written here or in the page.
// tests/unit/page-titles.test.ts checks every page exports one and that the keys named exist in every language.
import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Permission } from "./authz";
import { requireMember } from "./guards";
import type { Member } from "./member";

type Values = Record<string, string | number>;

/** The title `key` reads (`values` filled in), e.g. for a page whose heading depends on its address. */
export async function pageTitle(key: string, values?: Values): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t(key, values) };
}

/** A page titled by one message: `export const generateMetadata = titled("console.users.title");`. */
export function titled(key: string, values?: Values): () => Promise<Metadata> {
  return () => pageTitle(key, values);
}

/** Where the object's name goes: before its section's name ("辽源市城市绿化条例 · 法规项目", a detail page whose
 *  heading is the name) or after the page's own heading ("处理意见 · 《…》征求意见", a page about the object). */
export type ObjectPlace = { section: string } | { page: string };

/**
 * A console page about one object. Its name is loaded (by `nameOf`, with the face function the page itself calls)
 * only for a member of this city holding `permission`: requireMember does what the page would do for anyone else
 * (sign-in redirect, or 404 for another city's session), and a member without the permission, like a missing
 * object, reads the generic title alone, so the title tells no one more than the page does.
 */
export async function objectTitle(
  slug: string,
  permission: Permission,
  place: ObjectPlace,
  nameOf: (tenantId: string, member: Member) => Promise<string | null | undefined>,
): Promise<Metadata> {
  const [t, { tenant, member, allowed }] = await Promise.all([getTranslations(), requireMember(slug, permission)]);
  const generic = t("section" in place ? place.section : place.page);
  const name = allowed ? await nameOf(tenant.id, member) : null;
  if (!name) return { title: generic };
  return { title: "section" in place ? `${name} · ${generic}` : `${generic} · ${name}` };
}
