import { readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layers are enforced by `npm run lint`: each fixture is linted as if it lived at a path of the
// project, and the boundary rule must refuse it there (and only there).
const root = path.resolve(__dirname, "../../..");
const fixture = (name: string) => readFileSync(path.join(root, "tests/fixtures/lint", name), "utf8");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function boundaryErrors(name: string, asPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(fixture(name), { filePath: path.join(root, asPath), warnIgnored: true });
  expect(result, asPath).toBeDefined();
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.fatal).map((m) => m.message);
}

describe("import boundaries (npm run lint)", { timeout: 120_000 }, () => {
  it("refuses lib/db in a route of app/, by alias or by relative path", async () => {
    expect(await boundaryErrors("imports-db.ts", "app/api/example/route.ts")).toEqual([expect.stringContaining("never lib/db")]);
    expect(await boundaryErrors("imports-db-relative.ts", "app/api/example/route.ts")).toEqual([expect.stringContaining("never lib/db")]);
  });

  it("refuses lib/db in a page and in a component, and allows it in lib/", async () => {
    expect(await boundaryErrors("imports-db.ts", "app/(studio)/example/page.tsx")).toHaveLength(1);
    expect(await boundaryErrors("imports-db.ts", "components/example/example.tsx")).not.toEqual([]);
    expect(await boundaryErrors("imports-db.ts", "lib/coloring/example.ts")).toEqual([]);
  });

  it("lets app/ use the job lifecycle's surface but not its modules", async () => {
    expect(await boundaryErrors("imports-job-lifecycle.ts", "app/api/example/route.ts")).toEqual([]);
    expect(await boundaryErrors("imports-job-runner.ts", "app/api/example/route.ts")).toEqual([expect.stringContaining("@/lib/jobs")]);
    expect(await boundaryErrors("imports-job-runner.ts", "lib/scripts/example.ts")).toEqual([expect.stringContaining("@/lib/jobs")]);
    expect(await boundaryErrors("imports-job-runner.ts", "lib/jobs/example.ts")).toEqual([]);
  });

  it("keeps components to client-safe code", async () => {
    expect(await boundaryErrors("imports-money.ts", "components/example/example.tsx")).toEqual([]);
    expect(await boundaryErrors("imports-job-lifecycle.ts", "components/example/example.tsx")).toEqual([expect.stringContaining("run in the browser")]);
  });

  it("keeps use cases out of the job queue, and app/ out of lib/", async () => {
    expect(await boundaryErrors("imports-use-case.ts", "lib/jobs/example.ts")).toEqual([expect.stringContaining("knows no use case")]);
    expect(await boundaryErrors("imports-use-case.ts", "lib/scripts/example.ts")).toEqual([]);
    expect(await boundaryErrors("imports-app.ts", "lib/library/example.ts")).toEqual([expect.stringContaining("never imports app/")]);
  });

  it("keeps lib/shared free of server modules", async () => {
    expect(await boundaryErrors("imports-db.ts", "lib/shared/example.ts")).toEqual([expect.stringContaining("client-safe")]);
    expect(await boundaryErrors("imports-money.ts", "lib/shared/example.ts")).toEqual([]);
  });
});
