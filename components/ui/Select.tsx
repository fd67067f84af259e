import type { ComponentProps } from "react";
import { controlClasses } from "./controlClasses";
import { cx } from "./cx";

export type SelectProps = ComponentProps<"select">;

/** Native <select> (best on phones: the OS picker); pass <option>s as children. */
export function Select({ className, ...props }: SelectProps) {
  return <select className={cx(controlClasses, "pr-8", className)} {...props} />;
}
