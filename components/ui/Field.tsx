import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from "react";
import { cx } from "./cx";
import { Label } from "./Label";

/** The accessibility props Field hands to its control. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

export type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the control and linked to it; its presence marks the control aria-invalid. */
  error?: ReactNode;
  /** Shows the asterisk and sets aria-required (not `required`, so native browser bubbles in
   *  the browser's own language don't pre-empt our translated server-side messages). */
  required?: boolean;
  /** Id of the control; else the child's own id; else generated. */
  id?: string;
  className?: string;
  /** One control element (Input, Select, Textarea …), or a render function for custom controls. */
  children: ReactElement | ((control: FieldControlProps) => ReactNode);
};

export function Field({ label, hint, error, required, id, className, children }: FieldProps) {
  const autoId = useId();
  // An id given on the control itself wins over a generated one, so the label still points at it.
  const childId =
    isValidElement<{ id?: unknown }>(children) && typeof children.props.id === "string" ? children.props.id : undefined;
  const controlId = id ?? childId ?? autoId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const hasError = Boolean(error);

  const control: FieldControlProps = {
    id: controlId,
    "aria-describedby": cx(hintId, errorId) || undefined,
    ...(hasError ? { "aria-invalid": true as const } : {}),
    ...(required ? { "aria-required": true as const } : {}),
  };

  let rendered: ReactNode;
  if (typeof children === "function") {
    rendered = children(control);
  } else if (isValidElement<Record<string, unknown>>(children)) {
    // Keep any describedby the caller set on the control itself.
    const own = children.props["aria-describedby"];
    rendered = cloneElement(children, {
      ...control,
      "aria-describedby": cx(typeof own === "string" ? own : undefined, control["aria-describedby"]) || undefined,
    });
  }

  return (
    <div className={cx("space-y-1.5", className)}>
      <Label htmlFor={controlId} required={required}>
        {label}
      </Label>
      {hint ? (
        <p id={hintId} className="text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      {rendered}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700 [overflow-wrap:anywhere]">
          {error}
        </p>
      ) : null}
    </div>
  );
}
