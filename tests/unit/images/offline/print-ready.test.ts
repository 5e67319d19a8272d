import { describe, expect, it } from "vitest";
import { OfflineEngine } from "@/lib/images/engines/offline";
import { pageBox, type AgeGroup } from "@/lib/images/paper";
import { checkPage, readPageRaster } from "@/lib/images/print-check";
import { makePrintReady } from "@/lib/images/print";

const engine = new OfflineEngine();

/** An offline page for Letter portrait, as the coloring use case asks for it (the page's content box). */
async function offlinePage(theme: string, ageGroup: AgeGroup, seed: number): Promise<Buffer> {
  const box = pageBox("letter", "portrait").content;
  const options = { ageGroup, paper: "letter", orientation: "portrait", reference: false, title: seed % 2 === 0, quality: "medium" } as const;
  const scene = (await engine.describeTheme({ theme, ageGroup })).text;
  const image = await engine.generate({ purpose: "coloring", theme, scene, prompt: theme, options, seed, width: box.width, height: box.height });
  return image.png;
}

/** Pages of every kind the engine draws: scenes per age (holidays and plurals among them) and the adult designs. */
const PAGES: Array<[string, AgeGroup, number]> = [
  ["des dinosaures à la plage", "3-5", 1],
  ["halloween pumpkins and a friendly ghost", "6-9", 2],
  ["le Père Noël et ses rennes", "10-12", 3],
  ["an owl", "adult", 1],
  ["zentangle", "adult", 2],
  ["mandala", "adult", 3],
];

describe("offline pages and the print check", () => {
  it.each(PAGES)("draws %j for %s so that it passes its age's check as drawn and after makePrintReady, with little to repair", async (theme, ageGroup, seed) => {
    const png = await offlinePage(theme, ageGroup, seed);
    const drawn = checkPage(await readPageRaster(png), { ageGroup });
    expect(Object.entries(drawn.items).filter(([, item]) => !item.pass).map(([id]) => id)).toEqual([]);
    const ready = await makePrintReady(png, { paper: "letter", orientation: "portrait", keepColorReference: false, ageGroup });
    expect(ready.printCheck.pass).toBe(true);
    expect(ready.repairs.solidsOpened).toBe(0);
    // Fitting the art inside the margins less the repair's reach scales it by about 1 %: at most a
    // few near misses and hairlines to mend, well under a thousandth of the sheet.
    expect(ready.repairs.changedPixels).toBeLessThan((ready.width * ready.height) / 1000);
  }, 60_000);
});
