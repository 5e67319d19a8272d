"use client";

import { useCallback, useState } from "react";

export type StudioView = "storyboard" | "list";
export type Density = "compact" | "normal" | "large";

const VIEW_KEY = "inkwell.scripts.view";
const DENSITY_KEY = "inkwell.scripts.density";

function read<V extends string>(key: string, allowed: readonly V[], fallback: V): V {
  try {
    const value = window.localStorage.getItem(key);
    return allowed.find((item) => item === value) ?? fallback;
  } catch {
    // Storage can be off (private mode, a policy): the default view still works.
    return fallback;
  }
}

function usePreference<V extends string>(key: string, allowed: readonly V[], fallback: V): [V, (value: V) => void] {
  // The timeline only renders in the browser (the script is fetched there), so reading storage first is safe.
  const [value, setValue] = useState<V>(() => (typeof window === "undefined" ? fallback : read(key, allowed, fallback)));
  const choose = useCallback(
    (next: V) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // Not remembered, still applied.
      }
    },
    [key],
  );
  return [value, choose];
}

/** The studio's view (storyboard by default, or the list), remembered in this browser. */
export function useStudioView(): [StudioView, (view: StudioView) => void] {
  return usePreference<StudioView>(VIEW_KEY, ["storyboard", "list"], "storyboard");
}

/** The storyboard's frame size, remembered in this browser. */
export function useDensity(): [Density, (density: Density) => void] {
  return usePreference<Density>(DENSITY_KEY, ["compact", "normal", "large"], "normal");
}
