import type { ComponentProps } from "react";
import { controlClasses } from "./controlClasses";
import { cx } from "./cx";

export type InputProps = ComponentProps<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  return <input type={type} className={cx(controlClasses, className)} {...props} />;
}
