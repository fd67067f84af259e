import type { ComponentProps, ReactNode } from "react";
import { cx, focusRing } from "./cx";

export type TableProps = ComponentProps<"table"> & {
  /** Table caption for screen readers (visually hidden: tables sit under a visible heading). */
  caption?: ReactNode;
  /** Names the scrollable region; give it when the table has no caption. */
  label?: string;
};

/**
 * On narrow screens the table scrolls sideways inside its wrapper instead of squeezing cells.
 * The wrapper is focusable so keyboard users can scroll it (axe "scrollable-region-focusable").
 */
export function Table({ caption, label, className, children, ...props }: TableProps) {
  return (
    <div
      role={label ? "region" : undefined}
      aria-label={label}
      tabIndex={0}
      className={cx("w-full overflow-x-auto rounded-lg border border-gray-200 bg-white", focusRing)}
    >
      <table className={cx("min-w-full border-collapse text-left text-sm", className)} {...props}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cx("bg-gray-50", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cx("divide-y divide-gray-200", className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cx("align-top", className)} {...props} />;
}

/** Column header by default (scope="col"); pass scope="row" for row headers. */
export function Th({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cx("whitespace-nowrap border-b border-gray-200 px-4 py-3 font-semibold text-gray-900", className)}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cx("px-4 py-3 text-gray-800", className)} {...props} />;
}
