import type { ApiOperation } from "./types";

/** Groups one resource's operations; a typed identity so each file reads as a plain list. */
export function defineOperations(operations: ApiOperation[]): ApiOperation[] {
  return operations;
}

/** "/api/images/{id}" for the route folder "/api/images/[id]" (and "[...rest]" → "{rest}"). */
export function openApiPathOf(routePath: string): string {
  return routePath.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, "{$1}");
}
