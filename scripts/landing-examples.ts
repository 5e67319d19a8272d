/**
 * The example pages of the landing page: three coloring pages drawn by the offline engine (the one
 * every install has, no key needed), placed on Letter paper with its margins as the print layout
 * does, and shrunk to a web preview. They are committed under public/examples so that the landing
 * page never draws or fetches anything; run this again when the offline engine's art changes.
 *
 *   node --conditions=react-server --import tsx scripts/landing-examples.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { OfflineEngine } from "../lib/images/engines/offline";
import { pageBox, type AgeGroup } from "../lib/images/paper";

const OUT = path.join(__dirname, "..", "public", "examples");
/** Preview width in pixels: sharp on a phone at 2× density, small enough to load fast (~40 KB each). */
const PREVIEW_WIDTH = 480;

/**
 * File name (stable: lib/landing/examples.ts refers to it), theme, age group and seed of each
 * example. Each is drawn in English and in French (`-fr`), since the title is part of the page.
 */
const EXAMPLES: readonly { file: string; theme: string; ageGroup: AgeGroup; seed: number }[] = [
  { file: "dinosaurs-at-the-beach.png", theme: "dinosaurs at the beach", ageGroup: "6-9", seed: 1 },
  { file: "dinosaurs-at-the-beach-fr.png", theme: "des dinosaures à la plage", ageGroup: "6-9", seed: 1 },
  { file: "castle-with-a-dragon.png", theme: "a castle with a dragon", ageGroup: "6-9", seed: 2 },
  { file: "castle-with-a-dragon-fr.png", theme: "un château avec un dragon", ageGroup: "6-9", seed: 2 },
  { file: "under-the-sea.png", theme: "under the sea", ageGroup: "3-5", seed: 3 },
  { file: "under-the-sea-fr.png", theme: "sous la mer", ageGroup: "3-5", seed: 3 },
];

async function drawExample(engine: OfflineEngine, example: (typeof EXAMPLES)[number]): Promise<Buffer> {
  const box = pageBox("letter", "portrait");
  const options = { ageGroup: example.ageGroup, paper: "letter", orientation: "portrait", reference: false, title: true, quality: "medium" } as const;
  const scene = (await engine.describeTheme({ theme: example.theme, ageGroup: example.ageGroup })).text;
  const image = await engine.generate({
    purpose: "coloring",
    theme: example.theme,
    scene,
    prompt: example.theme,
    options,
    seed: example.seed,
    width: box.content.width,
    height: box.content.height,
  });
  const page = await sharp(image.png)
    .flatten({ background: "#ffffff" })
    .extend({
      top: box.content.top,
      left: box.content.left,
      bottom: box.height - box.content.height - box.content.top,
      right: box.width - box.content.width - box.content.left,
      background: "#ffffff",
    })
    .png()
    .toBuffer();
  // Resized in a second pipeline: sharp would otherwise resize before extending.
  return sharp(page).resize({ width: PREVIEW_WIDTH }).greyscale().png({ compressionLevel: 9, palette: true, colours: 16 }).toBuffer();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const engine = new OfflineEngine();
  for (const example of EXAMPLES) {
    writeFileSync(path.join(OUT, example.file), await drawExample(engine, example));
    console.log(`wrote public/examples/${example.file} (${example.theme}, ages ${example.ageGroup}, seed ${example.seed})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
