import { cx } from "@/components/ui/cx";

/** First focusable element of every shell; hidden until focused. Targets <main id="main">. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className={cx(
        "sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded-md",
        "focus:bg-white focus:px-4 focus:py-3 focus:font-medium focus:text-brand-700 focus:shadow-lg",
        "focus:outline-2 focus:outline-offset-2 focus:outline-brand-700",
      )}
    >
      {label}
    </a>
  );
}
