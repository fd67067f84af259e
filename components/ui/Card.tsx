import type { ComponentProps } from "react";
import { cx } from "./cx";

export type CardProps = ComponentProps<"div"> & { as?: "div" | "section" | "article" };

export function Card({ as: Tag = "div", className, ...props }: CardProps) {
  return <Tag className={cx("rounded-lg border border-gray-200 bg-white shadow-sm", className)} {...props} />;
}

/** Title row; put a CardTitle first and any actions after it. */
export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cx(
        "flex flex-wrap items-center justify-between gap-3 border-b border-gray-200 px-4 py-3 md:px-6",
        className,
      )}
      {...props}
    />
  );
}

export type CardTitleProps = ComponentProps<"h2"> & { as?: "h2" | "h3" | "h4" };

/** Defaults to h2 (pages have their h1 in PageHeader); pick `as` to keep heading levels in order. */
export function CardTitle({ as: Tag = "h2", className, ...props }: CardTitleProps) {
  return <Tag className={cx("text-lg font-semibold text-gray-900", className)} {...props} />;
}

export function CardBody({ className, ...props }: ComponentProps<"div">) {
  return <div className={cx("px-4 py-4 md:px-6", className)} {...props} />;
}
