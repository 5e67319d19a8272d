"use client";

import { createContext, use, useId, type ReactNode } from "react";
import { cn } from "./cn";

interface FieldControl {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}

const FieldContext = createContext<FieldControl | null>(null);

export interface FieldProps {
  label: ReactNode;
  /** Help shown under the control and linked with `aria-describedby`. */
  hint?: ReactNode;
  /** Error shown under the control; marks the control `aria-invalid`. */
  error?: ReactNode;
  required?: boolean;
  /** Text after the label of an optional field, e.g. `t("common.optional")`. */
  optionalText?: string;
  /** Keep the label for assistive technology only. */
  labelHidden?: boolean;
  /** The control's id; generated when omitted. */
  id?: string;
  className?: string;
  /** One control: `<Input>`, `<Textarea>` or `<Select>` pick up the id and ARIA wiring by themselves. */
  children: ReactNode;
}

export function Field({ label, hint, error, required = false, optionalText, labelHidden, id, className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? `field-${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={controlId} className={cn("text-sm font-semibold text-ink", labelHidden && "sr-only")}>
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        )}
        {!required && optionalText && <span className="ml-1.5 font-normal text-ink-muted">({optionalText})</span>}
      </label>
      <FieldContext value={{ id: controlId, describedBy, invalid: Boolean(error), required }}>{children}</FieldContext>
      {hint && (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-red-700">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor">
            <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.75 4.5a.75.75 0 0 1 1.5 0v4.5a.75.75 0 0 1-1.5 0V6ZM10 14.75a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z" />
          </svg>
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}

interface ControlAria {
  id?: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling";
}

/** Merges a control's own props with the enclosing `<Field>`'s id, description and validity. */
export function useFieldControl<P extends ControlAria>(props: P): P {
  const field = use(FieldContext);
  if (!field) return props;
  const describedBy = [props["aria-describedby"], field.describedBy].filter(Boolean).join(" ") || undefined;
  return {
    ...props,
    id: props.id ?? field.id,
    required: props.required ?? (field.required || undefined),
    "aria-describedby": describedBy,
    "aria-invalid": props["aria-invalid"] ?? (field.invalid || undefined),
  };
}
