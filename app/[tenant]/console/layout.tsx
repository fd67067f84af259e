import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { SessionKeepAlive } from "@/components/common/SessionKeepAlive";
import { SignOutButton } from "@/components/common/SignOutButton";
import { NotificationBell } from "@/components/notifications/NotificationBell";
import { ConsoleShell } from "@/components/shell";
import { consoleNavFor } from "@/lib/console-nav";
import { requireMember } from "@/lib/guards";
import { cityFullName } from "@/lib/i18n/local-name";

type Props = { children: React.ReactNode; params: Promise<{ tenant: string }> };

export default async function ConsoleLayout({ children, params }: Props) {
  const { tenant, member } = await requireMember((await params).tenant);
  // Each entry names its own message (a module's entries live in its namespace).
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const nav = consoleNavFor(member.roles, tenant.slug).map((i) => ({ href: i.href, label: t(i.label as never) }));
  return (
    <ConsoleShell
      tenantName={cityFullName(tenant, locale)}
      userName={member.displayName}
      nav={nav}
      actions={
        <>
          <NotificationBell tenantSlug={tenant.slug} tenantId={tenant.id} userId={member.id} />
          <LanguageSwitch />
          <SignOutButton callbackUrl={`/${tenant.slug}/login`} />
        </>
      }
    >
      <SessionKeepAlive />
      {/* Each module's pages hand their client components that module's texts (its layout.tsx); every console
          page carries only these. */}
      <ClientMessages namespaces={CONSOLE_NAMESPACES}>{children}</ClientMessages>
    </ConsoleShell>
  );
}
