import Link from "next/link";
import { cx, focusRing } from "@/components/ui/cx";

export type NavItem = { href: string; label: string; active?: boolean };

/** Vertical console navigation, shared by the desktop sidebar and the mobile menu panel. */
export function NavList({ items, label }: { items: NavItem[]; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.active ? "page" : undefined}
              className={cx(
                "flex min-h-11 items-center rounded-md px-3 text-base",
                focusRing,
                item.active
                  ? "bg-brand-50 font-semibold text-brand-700"
                  : "text-gray-800 hover:bg-gray-100 hover:text-gray-900",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
