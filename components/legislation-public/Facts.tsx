import type { ReactNode } from "react";
import { cx } from "@/components/ui";

/** Label–value pairs; rows without a value are left out. Two columns even at 360 px. */
export function Facts({ rows, className }: { rows: [label: string, value: ReactNode][]; className?: string }) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== "" && v !== false);
  if (shown.length === 0) return null;
  return (
    <dl className={cx("grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm", className)}>
      {shown.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-gray-600">{label}</dt>
          <dd className="min-w-0 text-gray-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
