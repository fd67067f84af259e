import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { focusRing, cx } from "@/components/ui/cx";
import { SkipLink } from "./SkipLink";

export type PlatformShellProps = {
  /** Header brand text (e.g. 连心 / 连心 · 平台管理); not the h1 — pages give theirs via PageHeader. */
  title: string;
  /** Where the title links to; "/" by default. */
  homeHref?: string;
  /** Language switch, sign-out … */
  actions?: ReactNode;
  children: ReactNode;
};

/** Layout for the multi-city landing page (/) and the platform admin (/platform). */
export function PlatformShell({ title, homeHref = "/", actions, children }: PlatformShellProps) {
  const t = useTranslations("shell");

  return (
    <div className="flex min-h-dvh flex-col bg-gray-50">
      <SkipLink label={t("skipToContent")} />
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex min-h-14 max-w-6xl items-center gap-3 px-4">
          {/* Brand-red bar ties the neutral platform header to the cities' portals. */}
          <span aria-hidden="true" className="h-6 w-1.5 shrink-0 rounded-full bg-brand-600" />
          <Link
            href={homeHref}
            className={cx("min-w-0 flex-1 truncate rounded-sm py-3 text-lg font-bold text-gray-900", focusRing)}
          >
            {title}
          </Link>
          {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none md:py-10">
        {children}
      </main>
    </div>
  );
}
