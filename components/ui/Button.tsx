import type { ComponentProps } from "react";
import { cx, focusRing } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

// Primary is the brand red, so danger is an outlined red to stay distinguishable from it.
// All pairs pass WCAG AA: white on brand-600 is 6.5:1, red-700 / brand-700 on white are > 5.9:1.
const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 active:bg-brand-800",
  secondary: "border border-gray-400 bg-white text-gray-900 hover:bg-gray-50 active:bg-gray-100",
  danger: "border border-red-700 bg-white text-red-700 hover:bg-red-50 active:bg-red-100",
  ghost: "bg-transparent text-brand-700 hover:bg-brand-50 active:bg-brand-100",
};

// Every size keeps a 44px touch target on phones; only `sm` shrinks, and only from md (768px) up.
const sizes: Record<ButtonSize, string> = {
  sm: "min-h-11 px-3 text-sm md:min-h-9",
  md: "min-h-11 px-4 text-base",
  lg: "min-h-12 px-6 text-lg",
};

/** Classes for anything that should look like a button, e.g. a next/link. */
export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md"): string {
  return cx(
    "inline-flex items-center justify-center gap-2 rounded-md font-medium no-underline transition-colors",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    focusRing,
    variants[variant],
    sizes[size],
  );
}

export type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize };

/** Native <button>; `type` keeps the HTML default ("submit" inside a form). */
export function Button({ variant = "primary", size = "md", className, ...props }: ButtonProps) {
  return <button className={cx(buttonClasses(variant, size), className)} {...props} />;
}
