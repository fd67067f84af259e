import type { Metadata } from "next";
import { requireTenant } from "@/lib/guards";

type Props = { children: React.ReactNode; params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tenant = await requireTenant((await params).tenant);
  return { title: { default: tenant.fullName, template: `%s · ${tenant.fullName}` } };
}

/** Every page under /{slug} exists only for an active tenant: anything else is the 404 page. */
export default async function TenantLayout({ children, params }: Props) {
  await requireTenant((await params).tenant);
  return children;
}
