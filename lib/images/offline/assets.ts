import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Bundled open-licensed data files, read once and cached. Paths are resolved from the working
 * directory (the repo root for the app, the worker and the tests) so bundlers leave them alone.
 */
const cache = new Map<string, unknown>();

function resolveAsset(specifier: string): string {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  return require.resolve(specifier);
}

/** Parses a JSON asset from an installed package once. */
export function loadJsonAsset<T>(specifier: string): T {
  const hit = cache.get(specifier);
  if (hit !== undefined) return hit as T;
  const value = JSON.parse(readFileSync(resolveAsset(specifier), "utf8")) as T;
  cache.set(specifier, value);
  return value;
}

/** Reads a binary asset from an installed package once. */
export function loadBinaryAsset(specifier: string): Buffer {
  const hit = cache.get(specifier);
  if (hit instanceof Buffer) return hit;
  const value = readFileSync(resolveAsset(specifier));
  cache.set(specifier, value);
  return value;
}
