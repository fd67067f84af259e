import { useId, type ComponentProps, type ReactNode } from "react";
import { cx, focusRing } from "./cx";

export type CheckboxProps = Omit<ComponentProps<"input">, "type"> & {
  label: ReactNode;
  hint?: ReactNode;
};

/** A checkbox with its label; the whole row is the click target (at least 44px high). */
export function Checkbox({ label, hint, id, className, ...props }: CheckboxProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const describedBy = cx(props["aria-describedby"], hintId) || undefined;
  return (
    <div className={cx("flex items-start gap-3", className)}>
      <input
        {...props}
        id={inputId}
        type="checkbox"
        aria-describedby={describedBy}
        className={cx("mt-3 size-5 shrink-0 accent-brand-600", focusRing)}
      />
      <div className="min-w-0">
        <label htmlFor={inputId} className="flex min-h-11 items-center text-base text-gray-900">
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="-mt-1 pb-2 text-sm text-gray-600">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
