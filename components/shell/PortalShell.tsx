import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { SkipLink } from "./SkipLink";

export type PortalNavItem = { href: string; label: string; active?: boolean };

export type PortalShellProps = {
  /** The city's committee, e.g. 辽源市人大常委会. */
  tenantName: string;
  homeHref: string;
  nav: PortalNavItem[];
  /** Language switch; it sits on the red band, so it should use light text (e.g. text-white). */
  actions?: ReactNode;
  /** Footer content; defaults to the tenant's name. */
  footer?: ReactNode;
  children: ReactNode;
};

// White outlines: the brand-red focus ring would vanish on the red band.
const onRedFocus = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white";

/** Public portal of one city. Phone-first: the nav is a single row that scrolls sideways. */
export function PortalShell({ tenantName, homeHref, nav, actions, footer, children }: PortalShellProps) {
  const t = useTranslations("shell");

  return (
    <div className="flex min-h-dvh flex-col bg-gray-50">
      <SkipLink label={t("skipToContent")} />
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex min-h-16 max-w-5xl items-center gap-3 px-4">
          {/* The name is the home link, not the h1: each page gives its own h1 (PageHeader). */}
          <Link
            href={homeHref}
            className={cx(
              "min-w-0 flex-1 truncate rounded-sm py-3 text-lg font-bold tracking-wide md:text-xl",
              onRedFocus,
            )}
          >
            {tenantName}
          </Link>
          {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
        </div>
        {nav.length > 0 ? (
          // On a phone the row scrolls sideways; the fade at its right edge says there is more.
          <nav
            aria-label={t("portalNav")}
            className="relative bg-brand-800 after:pointer-events-none after:absolute after:inset-y-0 after:right-0 after:w-10 after:bg-linear-to-l after:from-brand-800 after:content-[''] md:after:hidden"
          >
            <ul className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-2 pr-10 md:px-4">
              {nav.map((item) => (
                <li key={item.href} className="shrink-0">
                  <Link
                    href={item.href}
                    aria-current={item.active ? "page" : undefined}
                    className={cx(
                      "flex min-h-11 items-center whitespace-nowrap border-b-2 px-3 text-base",
                      item.active ? "border-white font-semibold" : "border-transparent hover:border-brand-100",
                      // Inset ring: the scrolling row would clip one drawn outside the link.
                      "focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-white",
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 outline-none md:py-10">
        {children}
      </main>
      <footer className="border-t border-gray-200 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-gray-700">{footer ?? tenantName}</div>
      </footer>
    </div>
  );
}
