"use client";
// A radio group drawn as large buttons (a whole row each on a phone, side by side from `sm`): the reply's
// category, the deputy's rating. Native radios inside labels, so keys and screen readers work as usual.
import { useId } from "react";
import { cx } from "@/components/ui";

export function ChoiceGroup(p: {
  name: string;
  legend: string;
  value: string | null;
  onChange: (value: string) => void;
  options: { value: string; label: string; tone?: "danger" }[];
  error?: string;
}) {
  const errorId = useId();
  return (
    <fieldset aria-describedby={p.error ? errorId : undefined}>
      <legend className="text-sm font-medium text-gray-900">{p.legend}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {p.options.map((o) => (
          <label
            key={o.value}
            className={cx(
              "flex min-h-14 cursor-pointer items-center gap-3 rounded-lg border px-4 py-3 text-base",
              p.value === o.value
                ? o.tone === "danger"
                  ? "border-red-600 bg-red-50 font-semibold text-red-900"
                  : "border-blue-600 bg-blue-50 font-semibold text-blue-900"
                : "border-gray-300 bg-white text-gray-900 hover:bg-gray-50",
            )}
          >
            <input
              type="radio"
              name={p.name}
              value={o.value}
              checked={p.value === o.value}
              onChange={() => p.onChange(o.value)}
              className="h-5 w-5 shrink-0"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {p.error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {p.error}
        </p>
      )}
    </fieldset>
  );
}
