import fs from "node:fs";
import path from "node:path";

export const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

export interface RouteFile {
  /** "/api/images/[id]/file" */
  path: string;
  file: string;
  methods: Method[];
}

/** Every app/api/**\/route.ts with the methods it exports, read from the files themselves. */
export async function discoverApiRoutes(root = path.resolve("app/api")): Promise<RouteFile[]> {
  const found: RouteFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name === "route.ts") {
        const mod = (await import(/* @vite-ignore */ full)) as Record<string, unknown>;
        const routePath = `/api/${path.relative(root, dir).split(path.sep).join("/")}`.replace(/\/$/, "");
        found.push({ path: routePath, file: full, methods: METHODS.filter((m) => typeof mod[m] === "function") });
      }
    }
  };
  await walk(root);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
