"use client";

import type { ComponentPropsWithRef, MouseEvent } from "react";
import { buttonClassName, type ButtonStyleOptions } from "./button-styles";
import { Spinner } from "./spinner";

export type ButtonProps = Omit<ComponentPropsWithRef<"button">, "className"> &
  ButtonStyleOptions & {
    /** Shows a spinner, sets `aria-busy` and ignores clicks, while keeping focus on the button. */
    loading?: boolean;
    /** Replaces the children while loading (e.g. "Saving…"); the width may change. */
    loadingText?: string;
  };

export function Button({
  variant,
  size,
  fullWidth,
  className,
  loading = false,
  loadingText,
  type = "button",
  onClick,
  children,
  "aria-disabled": ariaDisabled,
  ...props
}: ButtonProps) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    // `aria-disabled` instead of `disabled` keeps keyboard focus here while busy.
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button
      type={type}
      className={buttonClassName({ variant, size, fullWidth, className })}
      {...props}
      aria-busy={loading || undefined}
      aria-disabled={loading || ariaDisabled || undefined}
      onClick={handleClick}
    >
      {loading && <Spinner size={size === "sm" ? "sm" : "md"} />}
      {loading && loadingText ? loadingText : children}
    </button>
  );
}
