import type { ReactNode } from "react";
import { cx } from "./cx";

export type Fact = [label: string, value: ReactNode];

/**
 * Label–value pairs as a description list; rows without a value are left out. By default labels stack above
 * values on phones and sit beside them from `sm` up; `compact` keeps two columns even at 360 px, in small text.
 */
export function FactList({
  rows,
  compact = false,
  className,
}: {
  rows: Fact[];
  compact?: boolean;
  className?: string;
}) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== "" && v !== false);
  if (shown.length === 0) return null;
  return (
    <dl
      className={cx(
        compact
          ? "grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm"
          : "grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]",
        className,
      )}
    >
      {shown.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className={compact ? "text-gray-600" : "text-sm font-medium text-gray-600"}>{label}</dt>
          <dd className="min-w-0 text-gray-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
