import { cx, focusRing } from "./cx";

// Shared look of text-like controls. 16px text stops iOS Safari from zooming on focus; the gray-500
// border keeps the 3:1 non-text contrast WCAG 1.4.11 asks of a control's boundary.
export const controlClasses = cx(
  "block w-full min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2 text-base text-gray-900",
  "placeholder:text-gray-500 disabled:cursor-not-allowed disabled:bg-gray-100",
  "aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700",
  focusRing,
);
