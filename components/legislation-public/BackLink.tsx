import Link from "next/link";
import { linkClasses } from "./format";

/** "‹ up one level" above a detail page's heading. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mb-3 text-sm">
      <Link href={href} className={linkClasses}>
        <span aria-hidden="true">‹ </span>
        {children}
      </Link>
    </p>
  );
}
