import { describe, expect, it } from "vitest";
import { sceneTitle, scenePagesOf } from "@/lib/books/script/scene-pages";
import { SCENE_TITLE_MAX } from "@/lib/books/script/schema";

const segment = (id: string, position: number, imageId: string | null, text = `Scene ${id}`) => ({ id, position, text, imageId });

describe("the pages a script's scenes make", () => {
  it("takes the scenes with a chosen image, in the script's order, each at its scene's place", () => {
    const pages = scenePagesOf([segment("c", 2, "img-c"), segment("a", 0, "img-a"), segment("b", 1, null), segment("d", 3, "img-d")]);
    expect(pages).toEqual([
      { slot: 0, segmentId: "a", sceneImageId: "img-a", title: "Scene a" },
      { slot: 2, segmentId: "c", sceneImageId: "img-c", title: "Scene c" },
      { slot: 3, segmentId: "d", sceneImageId: "img-d", title: "Scene d" },
    ]);
  });

  it("makes no page of a script without chosen images", () => {
    expect(scenePagesOf([segment("a", 0, null), segment("b", 1, null)])).toEqual([]);
    expect(scenePagesOf([])).toEqual([]);
  });

  it("titles a page with its scene's words on one line, cut at a word past the limit, or names the scene when it has none", () => {
    expect(sceneTitle("  A boat\n in a   storm ", "Scene 1")).toBe("A boat in a storm");
    expect(sceneTitle(" \n ", "Scene 4")).toBe("Scene 4");
    const exact = "x".repeat(SCENE_TITLE_MAX);
    expect(sceneTitle(exact, "-")).toBe(exact);
    const long = `${"word ".repeat(40)}end`;
    const cut = sceneTitle(long, "-");
    expect(cut.length).toBeLessThanOrEqual(SCENE_TITLE_MAX);
    expect(cut.endsWith("word…")).toBe(true);
    expect(sceneTitle("y".repeat(SCENE_TITLE_MAX + 1), "-")).toBe(`${"y".repeat(SCENE_TITLE_MAX - 1)}…`);
  });
});
