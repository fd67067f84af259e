import type { ComponentProps } from "react";
import { controlClasses } from "./controlClasses";
import { cx } from "./cx";

export type TextareaProps = ComponentProps<"textarea">;

export function Textarea({ className, rows = 4, ...props }: TextareaProps) {
  return <textarea rows={rows} className={cx(controlClasses, "resize-y", className)} {...props} />;
}
