import type { ComponentProps } from "react";
import { cx } from "./cx";

export type LabelProps = ComponentProps<"label"> & { required?: boolean };

/** `required` adds a visual asterisk only; the control itself carries required/aria-required. */
export function Label({ required, className, children, ...props }: LabelProps) {
  return (
    <label className={cx("block text-sm font-medium text-gray-900", className)} {...props}>
      {children}
      {required ? (
        <span aria-hidden="true" className="ms-1 text-red-700">
          *
        </span>
      ) : null}
    </label>
  );
}
