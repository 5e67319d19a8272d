import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// One module writes jobs and batches: every status change is a guarded transition in
// lib/jobs/transitions. Deleting a script's finished jobs with it (lib/db/scripts) is the one
// other write, and it changes no status.
const root = path.resolve(__dirname, "../../..");
const OWNER = "lib/jobs/transitions/";
const WRITE = /\.(job|batch)\s*\.\s*(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert)\s*\(/g;
const RAW = /\$(executeRaw|executeRawUnsafe|queryRaw|queryRawUnsafe)[^;]*\b(update|insert)\b[^;]*"(Job|Batch)"/gi;

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function writesIn(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    return [...text.matchAll(WRITE), ...text.matchAll(RAW)].map((match) => `${file}: ${match[0]}`);
  });
}

describe("the job lifecycle owns every job and batch write", () => {
  it("finds no write of a job or a batch outside lib/jobs/transitions", () => {
    const files = [...sources("lib"), ...sources("app"), ...sources("components")].filter((file) => !file.startsWith(OWNER));
    expect(writesIn(files)).toEqual([]);
  });

  it("finds the transitions themselves, so the search cannot miss them", () => {
    const found = writesIn(sources("lib/jobs/transitions"));
    expect(found.some((line) => line.includes("job.updateMany"))).toBe(true);
    expect(found.some((line) => line.includes("job.create"))).toBe(true);
    expect(found.some((line) => line.includes("batch.create"))).toBe(true);
  });
});
