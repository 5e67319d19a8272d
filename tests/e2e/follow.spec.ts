import { expect, test } from "@playwright/test";
import { ColoringPage } from "./pages/coloring-page";
import { AuthPages, newEmail, openaiLatency } from "./support";

// The suite's streams last 3 s (FOLLOW_STREAM_SECONDS): a long job outlives its first stream, and
// the browser's reconnection, with Last-Event-ID, is the one that follows a network blip.
test("a long page's progress outlives its stream: the browser reconnects with Last-Event-ID and sees the end", async ({ page, request }) => {
  test.setTimeout(120_000);
  await new AuthPages(page).signUp(newEmail("resume"), "Ari");
  const coloring = new ColoringPage(page);
  await coloring.open();
  // The header the browser's own reconnection adds is only in the full list of headers.
  const streams: Array<Promise<string | null>> = [];
  page.on("request", (sent) => {
    if (new URL(sent.url()).pathname === "/api/follow/events") streams.push(sent.allHeaders().then((headers) => headers["last-event-id"] ?? null));
  });
  // A slow provider keeps the job running across several streams.
  await openaiLatency(request, 4000);
  try {
    await coloring.make("a lighthouse in a storm", { engine: "OpenAI — paid", quality: "Low" });
    await expect(coloring.progress).toBeVisible();
    await expect.poll(() => streams.length, { timeout: 30_000 }).toBeGreaterThan(1);
    expect(await streams[0]).toBeNull();
    expect(await streams[1]).toMatch(/^\d+$/);
    await coloring.resultImageId();
    await expect(coloring.resultCost).toContainText("$");
  } finally {
    await openaiLatency(request, 0);
  }
});
