import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MobileNav } from "./MobileNav";
import { NavList, type NavItem } from "./NavList";
import { SkipLink } from "./SkipLink";

export type ConsoleShellProps = {
  tenantName: string;
  userName: string;
  nav: NavItem[];
  /** Language switch, sign-out button …; rendered once, in the top bar. */
  actions?: ReactNode;
  children: ReactNode;
};

/**
 * Staff console layout: top bar + left sidebar from 768px up; below that the sidebar folds into the
 * top bar's menu. A (non-async) server component: next-intl's useTranslations works in both worlds.
 */
export function ConsoleShell({ tenantName, userName, nav, actions, children }: ConsoleShellProps) {
  const t = useTranslations("shell");
  const navLabel = t("consoleNav");

  const bar = (
    <>
      <p className="min-w-0 flex-1 truncate text-base font-semibold text-gray-900">{tenantName}</p>
      {/* On phones the user's name moves into the menu panel to leave room for the actions. */}
      <p className="hidden max-w-48 truncate text-sm text-gray-700 sm:block">
        <span className="sr-only">{t("signedInAs")}</span>
        {userName}
      </p>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </>
  );

  return (
    <div className="flex min-h-dvh flex-col bg-gray-50">
      <SkipLink label={t("skipToContent")} />
      <MobileNav bar={bar} openLabel={t("openMenu")} closeLabel={t("closeMenu")} panelId="console-mobile-nav">
        <p className="truncate px-3 pb-2 pt-1 text-sm text-gray-700 sm:hidden">
          <span className="sr-only">{t("signedInAs")}</span>
          {userName}
        </p>
        <NavList items={nav} label={navLabel} />
      </MobileNav>
      <div className="flex flex-1">
        <aside className="hidden w-60 shrink-0 border-r border-gray-200 bg-white md:block">
          {/* Sticky so the nav stays in view on long pages; 3.5rem is the top bar's height. */}
          <div className="sticky top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto p-3">
            <NavList items={nav} label={navLabel} />
          </div>
        </aside>
        {/* tabIndex -1 lets the skip link move focus here in every browser. */}
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 outline-none md:px-8 md:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
