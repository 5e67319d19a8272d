import { useId } from "react";
import { ChoiceFieldset, radioState, type ChoiceGroupProps } from "./choice-group";
import { cn } from "./cn";

export type { ChoiceOption } from "./choice-group";

export type RadioGroupProps<V extends string> = ChoiceGroupProps<V> & {
  orientation?: "vertical" | "horizontal";
};

/** Real radio inputs in a fieldset: arrow keys move between options, the form posts `name`. */
export function RadioGroup<V extends string>(props: RadioGroupProps<V>) {
  const { name, options, required, orientation = "vertical" } = props;
  const baseId = `radio-${useId()}`;

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
      <div className={cn("flex gap-3", orientation === "vertical" ? "flex-col" : "flex-row flex-wrap")}>
        {options.map((option, index) => {
          const inputId = `${baseId}-${index}`;
          const descriptionId = option.description ? `${inputId}-description` : undefined;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                type="radio"
                id={inputId}
                name={name}
                value={option.value}
                required={required}
                disabled={option.disabled}
                aria-describedby={descriptionId}
                className="mt-0.5 size-5 shrink-0 cursor-pointer accent-accent-700 disabled:cursor-not-allowed"
                {...radioState(props, option)}
              />
              <div className="flex flex-col gap-0.5">
                <label htmlFor={inputId} className="cursor-pointer text-base font-medium text-ink">
                  {option.label}
                </label>
                {option.description && (
                  <p id={descriptionId} className="text-sm text-ink-muted">
                    {option.description}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
