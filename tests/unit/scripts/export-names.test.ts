import { describe, expect, it } from "vitest";
import { exportFileName, slugify } from "@/lib/scripts/export-names";

describe("exportFileName", () => {
  it.each([
    [2, "0:30", "Historical coffee plantation in 19th century Ethiopia", "003_0-30_historical-coffee.png"],
    [0, "0:00", "Introduction scene with host in modern studio", "001_0-00_introduction-scene-host.png"],
    [9, "1:02:03", "The history of the coffee bean", "010_1-02-03_history-coffee-bean.png"],
    [41, "12:05", "Le café des Éthiopiens à l'aube", "042_12-05_cafe-ethiopiens-aube.png"],
    [0, "0:05", "The", "001_0-05_the.png"],
    [0, "0:05", "!!! ???", "001_0-05_scene.png"],
    [0, "0:05", "Supercalifragilisticexpialidocious words", "001_0-05_supercalifragilisticexpi.png"],
    [999, "2:00:00", "Finale", "1000_2-00-00_finale.png"],
  ])("%i, %s, %j → %s", (index, timestamp, text, name) => {
    expect(exportFileName(index, timestamp, text)).toBe(name);
  });

  it("keeps the words part to 24 characters and takes another extension", () => {
    const name = exportFileName(0, "0:00", "Extraordinary underwater adventures await", "jpg");
    expect(name).toBe("001_0-00_extraordinary-underwater.jpg");
    expect(name.split("_")[2]!.replace(".jpg", "").length).toBeLessThanOrEqual(24);
  });
});

describe("slugify", () => {
  it.each([
    ["Dinosaurs at the beach!", "dinosaurs-at-the-beach"],
    ["  Crème brûlée & Œufs à la neige ", "creme-brulee-oeufs-a-la-neige"],
    ["Straße Ærø Łódź", "strasse-aero-lodz"],
    ["ﬁsh — ½ price", "fish-1-2-price"],
    ["日本語", ""],
    ["", ""],
  ])("%j → %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("cuts at a word boundary, or cuts a single long word", () => {
    expect(slugify("Dinosaurs at the beach", 15)).toBe("dinosaurs-at");
    expect(slugify("Dinosaurs", 4)).toBe("dino");
  });

  it("skips stop words when asked, unless nothing else is left", () => {
    expect(slugify("The dinosaurs of the beach", 60, { skipStopWords: true })).toBe("dinosaurs-beach");
    expect(slugify("Les dinosaures de la plage", 60, { skipStopWords: true, maxWords: 1 })).toBe("dinosaures");
    expect(slugify("of the", 60, { skipStopWords: true })).toBe("of-the");
  });
});
