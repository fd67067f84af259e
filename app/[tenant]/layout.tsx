import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/guards";

type Props = { children: React.ReactNode; params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [tenant, t] = await Promise.all([requireTenant((await params).tenant), getTranslations("common")]);
  // A nested template replaces the root's, so the city's carries the app's name too: "用户管理 · 辽源市人大常委会 · 连心".
  // The default (a page with no title of its own, the portal's home) still gets the root's " · 连心".
  return { title: { default: tenant.fullName, template: `%s · ${tenant.fullName} · ${t("appName")}` } };
}

/** Every page under /{slug} exists only for an active tenant: anything else is the 404 page. */
export default async function TenantLayout({ children, params }: Props) {
  await requireTenant((await params).tenant);
  return children;
}
