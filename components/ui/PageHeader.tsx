import type { ReactNode } from "react";
import { cx } from "./cx";

export type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons/links on the right; they wrap below the title on phones. */
  actions?: ReactNode;
  className?: string;
};

/** The page's one h1. */
export function PageHeader({ title, description, actions, className }: PageHeaderProps) {
  return (
    <div className={cx("mb-6 flex flex-col gap-4 md:flex-row md:items-start md:justify-between", className)}>
      <div className="min-w-0">
        <h1 className="text-2xl font-bold text-gray-900 md:text-3xl">{title}</h1>
        {description ? <p className="mt-2 text-base text-gray-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2 md:shrink-0">{actions}</div> : null}
    </div>
  );
}
