import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClassName, type ButtonStyleOptions } from "./button-styles";

export type ButtonLinkProps = Omit<ComponentProps<typeof Link>, "className"> & ButtonStyleOptions;

/** A navigation link that looks like a button (`next/link`, so prefetching and client routing). */
export function ButtonLink({ variant = "secondary", size, fullWidth, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClassName({ variant, size, fullWidth, className })} {...props} />;
}
