import { useId } from "react";
import { ChoiceFieldset, radioState, type ChoiceGroupProps } from "./choice-group";
import { cn } from "./cn";

export type SegmentedControlProps<V extends string> = ChoiceGroupProps<V> & {
  size?: "sm" | "md";
  fullWidth?: boolean;
};

/**
 * A compact row of mutually exclusive choices (paper size, style...). Each segment is a real,
 * visually hidden radio input, so keyboard and screen readers treat it as a radio group.
 */
export function SegmentedControl<V extends string>(props: SegmentedControlProps<V>) {
  const { name, options, required, size = "md", fullWidth } = props;
  const baseId = `segmented-${useId()}`;

  return (
    <ChoiceFieldset
      baseId={baseId}
      legend={props.legend}
      legendHidden={props.legendHidden}
      hint={props.hint}
      error={props.error}
      required={required}
      disabled={props.disabled}
      className={props.className}
    >
      <div
        className={cn(
          "flex gap-1 rounded-xl border border-line-strong bg-surface p-1",
          fullWidth ? "w-full" : "w-fit max-w-full flex-wrap",
        )}
      >
        {options.map((option, index) => {
          const inputId = `${baseId}-${index}`;
          return (
            <div key={option.value} className={cn("relative", fullWidth && "flex-1")}>
              <input
                type="radio"
                id={inputId}
                name={name}
                value={option.value}
                required={required}
                disabled={option.disabled}
                className="peer sr-only"
                {...radioState(props, option)}
              />
              <label
                htmlFor={inputId}
                className={cn(
                  "flex cursor-pointer items-center justify-center rounded-lg font-semibold whitespace-nowrap text-ink-muted transition-colors",
                  size === "sm" ? "h-8 px-3 text-sm" : "h-10 px-4 text-base",
                  "hover:bg-sunken hover:text-ink",
                  "peer-checked:bg-accent-700 peer-checked:text-white peer-checked:shadow-sm",
                  "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600",
                  "peer-disabled:cursor-not-allowed peer-disabled:opacity-50",
                )}
              >
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
