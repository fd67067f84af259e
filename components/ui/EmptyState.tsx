import type { ReactNode } from "react";
import { cx } from "./cx";

export type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Optional decorative icon; it is hidden from screen readers. */
  icon?: ReactNode;
  action?: ReactNode;
  className?: string;
};

/** Title is a paragraph, not a heading, so it never breaks the page's heading order. */
export function EmptyState({ title, description, icon, action, className }: EmptyStateProps) {
  return (
    <div className={cx("rounded-lg border border-dashed border-gray-300 bg-white px-4 py-10 text-center", className)}>
      {icon ? (
        <div aria-hidden="true" className="mx-auto mb-3 flex justify-center text-gray-500">
          {icon}
        </div>
      ) : null}
      <p className="text-base font-semibold text-gray-900">{title}</p>
      {description ? <p className="mx-auto mt-1 max-w-prose text-sm text-gray-600">{description}</p> : null}
      {action ? <div className="mt-4 flex justify-center">{action}</div> : null}
    </div>
  );
}
