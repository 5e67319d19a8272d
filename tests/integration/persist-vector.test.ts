import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getJob } from "@/lib/db/jobs";
import { NO_USAGE } from "@/lib/images/engines/types";
import { JobNoLongerOwnedError, persistJobResult } from "@/lib/jobs/persist";
import { blobKeys, createTestUser } from "../support/harness";

let alice: { id: string };
beforeAll(async () => {
  alice = await createTestUser("alice");
});

const output = { png: Buffer.from("png"), svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>', width: 1, height: 1, kind: "coloring", title: "t", prompt: "p", engine: "offline", model: "offline-composer", options: {}, usage: NO_USAGE };

async function runningJob(workerId: string) {
  const row = await db().job.create({ data: { userId: alice.id, kind: "coloring", input: "{}", engine: "offline", model: "offline-composer", status: "running", lockedBy: workerId } });
  return (await getJob(row.id))!;
}

describe("storing a vector page", () => {
  it("writes the SVG as the image's second blob with its record", async () => {
    const before = await blobKeys();
    const [id] = await persistJobResult(await runningJob("w1"), "w1", { images: [output] });
    const image = await db().image.findUniqueOrThrow({ where: { id: id! } });
    expect(image.svgStorageKey).toMatch(new RegExp(`^images/${alice.id}/.+\\.svg$`));
    expect((await blobKeys()).length).toBe(before.length + 2);
  });

  it("leaves no blob behind, the SVG included, when the records cannot be written", async () => {
    const before = await blobKeys();
    // Another worker holds the job: the transaction is rolled back.
    await expect(persistJobResult(await runningJob("someone-else"), "w1", { images: [output] })).rejects.toBeInstanceOf(JobNoLongerOwnedError);
    expect(await blobKeys()).toEqual(before);
    expect(await db().image.count({ where: { userId: alice.id, svgStorageKey: { not: null } } })).toBe(1);
  });
});
