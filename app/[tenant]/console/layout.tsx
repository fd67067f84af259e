import { getTranslations } from "next-intl/server";
import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { SessionKeepAlive } from "@/components/common/SessionKeepAlive";
import { SignOutButton } from "@/components/common/SignOutButton";
import { ConsoleShell } from "@/components/shell";
import { consoleNavFor } from "@/lib/console-nav";
import { requireMember } from "@/lib/guards";

type Props = { children: React.ReactNode; params: Promise<{ tenant: string }> };

export default async function ConsoleLayout({ children, params }: Props) {
  const { tenant, member } = await requireMember((await params).tenant);
  const t = await getTranslations("console.nav");
  const nav = consoleNavFor(member.roles, tenant.slug).map((i) => ({ href: i.href, label: t(i.key) }));
  return (
    <ConsoleShell
      tenantName={tenant.fullName}
      userName={member.displayName}
      nav={nav}
      actions={
        <>
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
