"use client";

import { usePathname } from "next/navigation";
import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { cx, focusRing } from "@/components/ui/cx";

export type MobileNavProps = {
  /** The top bar's content (tenant name, user, actions), rendered by the server shell. */
  bar: ReactNode;
  /** The navigation shown in the drop-down panel below 768px. */
  children: ReactNode;
  openLabel: string;
  closeLabel: string;
  panelId: string;
};

/**
 * The console's <header>: a top bar plus, on phones, a menu button that reveals the nav below it.
 * Labels arrive as props (translated on the server) so the client bundle needs no messages.
 */
export function MobileNav({ bar, children, openLabel, closeLabel, panelId }: MobileNavProps) {
  const pathname = usePathname();
  // The menu is open only on the page where it was opened, so any navigation (link, back button)
  // closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn !== null && openOn === pathname;
  const buttonRef = useRef<HTMLButtonElement>(null);

  function close(returnFocus: boolean) {
    setOpenOn(null);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape" && open) close(true);
  }

  // Tapping the current page's link would not change the pathname, so close explicitly.
  function onPanelClick(event: MouseEvent) {
    if ((event.target as Element).closest("a")) close(false);
  }

  return (
    <header onKeyDown={onKeyDown} className="sticky top-0 z-30 border-b border-gray-200 bg-white">
      <div className="flex min-h-14 items-center gap-2 px-2 md:px-6">
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={open ? closeLabel : openLabel}
          onClick={() => (open ? close(false) : setOpenOn(pathname))}
          className={cx(
            "inline-flex size-11 shrink-0 items-center justify-center rounded-md text-gray-800 hover:bg-gray-100 md:hidden",
            focusRing,
          )}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
          </svg>
        </button>
        {bar}
      </div>
      <div
        id={panelId}
        hidden={!open}
        onClick={onPanelClick}
        className="max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-t border-gray-200 px-2 py-2 md:hidden"
      >
        {children}
      </div>
    </header>
  );
}
