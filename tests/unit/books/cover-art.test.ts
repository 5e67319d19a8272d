import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { coverCast } from "@/lib/books/cover/cast";
import { buildCoverSvg, composeCoverArt, TITLE_SHARE } from "@/lib/books/cover/compose";
import { COVER_PALETTES } from "@/lib/books/cover/palettes";
import { loadArt } from "@/lib/images/offline";

describe("coverCast", () => {
  it("takes the subjects and setting of the book's theme", () => {
    const cast = coverCast({ theme: "ocean animals", pageTitles: ["farm animals"], seed: 1 });
    expect(cast.setting).toBe("underwater");
    expect(cast.subjects.length).toBeGreaterThanOrEqual(3);
    expect(cast.subjects.length).toBeLessThanOrEqual(5);
  });

  it("without a theme, ranks the subjects most pages name first", () => {
    const cast = coverCast({ theme: null, pageTitles: ["A cat on the sofa", "Dinosaurs at the beach", "cats and dogs", "a cat in a hat"], seed: 1 });
    expect(cast.subjects[0]).toBe("cat");
    expect(cast.subjects).toContain("dog");
    expect(cast.subjects).toContain("sauropod");
  });

  it("is deterministic, and picks friendly defaults by seed when nothing matches", () => {
    const a = coverCast({ theme: null, pageTitles: ["IMG 2034"], seed: 1 });
    expect(coverCast({ theme: null, pageTitles: ["IMG 2034"], seed: 1 })).toEqual(a);
    expect(a.subjects.length).toBeGreaterThanOrEqual(3);
    const others = [2, 3, 4, 5].map((seed) => coverCast({ theme: null, pageTitles: ["IMG 2034"], seed }).subjects.join());
    expect(others.some((s) => s !== a.subjects.join())).toBe(true);
  });
});

describe("composeCoverArt", () => {
  const cast = { subjects: ["tropical-fish", "turtle", "octopus"], setting: "underwater" as const };

  it("draws exactly the asked size in color, the same bytes for the same seed, other bytes for another", async () => {
    const a = await composeCoverArt({ cast, seed: 7, width: 600, height: 780 });
    expect([a.width, a.height]).toEqual([600, 780]);
    const meta = await sharp(a.png).metadata();
    expect([meta.width, meta.height, meta.channels, meta.hasAlpha]).toEqual([600, 780, 3, false]);
    expect(a.palette).toBe(COVER_PALETTES.underwater);
    const again = await composeCoverArt({ cast, seed: 7, width: 600, height: 780 });
    expect(again.png.equals(a.png)).toBe(true);
    const other = await composeCoverArt({ cast, seed: 8, width: 600, height: 780 });
    expect(other.png.equals(a.png)).toBe(false);
  });

  it("is colored", async () => {
    const art = await composeCoverArt({ cast: { subjects: ["pig", "cow", "chicken"], setting: "farm" }, seed: 3, width: 400, height: 520 });
    const { data, info } = await sharp(art.png).raw().toBuffer({ resolveWithObject: true });
    let colored = 0;
    for (let i = 0; i < data.length; i += 3) if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 60) colored++;
    expect(colored / (info.width * info.height)).toBeGreaterThan(0.3);
  });

  it("keeps every subject below the title band and inside the picture, unstretched", () => {
    for (const setting of ["farm", "underwater", "space", "beach"] as const) {
      for (let seed = 0; seed < 20; seed++) {
        const W = 2588, H = 3375;
        const { subjects } = buildCoverSvg({ cast: { subjects: ["sauropod", "pig", "rocket", "octopus", "tropical-fish"], setting }, seed, width: W, height: H });
        expect(subjects).toHaveLength(5);
        expect(subjects.filter((s) => s.hero)).toHaveLength(1);
        for (const { box, name } of subjects) {
          const art = loadArt({ name }).bounds;
          expect(box.width / box.height).toBeCloseTo((art.maxX - art.minX) / (art.maxY - art.minY), 6);
          expect(box.y).toBeGreaterThan(H * TITLE_SHARE);
          expect(box.x).toBeGreaterThan(-W * 0.02);
          expect(box.x + box.width).toBeLessThan(W * 1.02);
          expect(box.y + box.height).toBeLessThanOrEqual(H);
        }
      }
    }
  });
});
