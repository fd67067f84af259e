import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/guards";
import { cityFullName } from "@/lib/i18n/local-name";

type Props = { children: React.ReactNode; params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [tenant, t, locale] = await Promise.all([
    requireTenant((await params).tenant),
    getTranslations("common"),
    getLocale(),
  ]);
  // A nested template replaces the root's, so the city's carries the app's name too: "用户管理 · 辽源市人大常委会 · 连心".
  // The default (a page with no title of its own, the portal's home) still gets the root's " · 连心". An English
  // page names the city in English when it has an English name.
  const name = cityFullName(tenant, locale);
  return { title: { default: name, template: `%s · ${name} · ${t("appName")}` } };
}

/** Every page under /{slug} exists only for an active tenant: anything else is the 404 page. */
export default async function TenantLayout({ children, params }: Props) {
  await requireTenant((await params).tenant);
  return children;
}
