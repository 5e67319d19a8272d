import type { ChangeEvent, ReactNode } from "react";
import { cn } from "./cn";

/** One choice of a `RadioGroup` or `SegmentedControl`. */
export interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}

/** Props shared by the radio-based pickers; `value` + `onValueChange` control it, `defaultValue` does not. */
export interface ChoiceGroupProps<V extends string> {
  name: string;
  legend: ReactNode;
  options: ReadonlyArray<ChoiceOption<V>>;
  value?: V;
  defaultValue?: V;
  onValueChange?: (value: V) => void;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  legendHidden?: boolean;
  className?: string;
}

/** The checked/defaultChecked/onChange props for one radio input. */
export function radioState<V extends string>(props: ChoiceGroupProps<V>, option: ChoiceOption<V>) {
  const { value, defaultValue, onValueChange } = props;
  return {
    ...(value !== undefined ? { checked: value === option.value } : { defaultChecked: defaultValue === option.value }),
    onChange: onValueChange
      ? (event: ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value as V)
      : undefined,
  };
}

interface ChoiceFieldsetProps {
  baseId: string;
  legend: ReactNode;
  legendHidden?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}

/** `<fieldset>` + `<legend>` + hint and error, linked to the group with `aria-describedby`. */
export function ChoiceFieldset({ baseId, legend, legendHidden, hint, error, required, disabled, className, children }: ChoiceFieldsetProps) {
  const hintId = hint ? `${baseId}-hint` : undefined;
  const errorId = error ? `${baseId}-error` : undefined;
  return (
    <fieldset
      disabled={disabled}
      aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
      aria-invalid={error ? true : undefined}
      aria-required={required || undefined}
      className={cn("flex min-w-0 flex-col gap-2", className)}
    >
      <legend className={cn("mb-1 text-sm font-semibold text-ink", legendHidden && "sr-only")}>
        {legend}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        )}
      </legend>
      {children}
      {hint && (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
