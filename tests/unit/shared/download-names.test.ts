import { describe, expect, it } from "vitest";
import { bookDownloadName, imageDownloadName, scriptDownloadName } from "@/lib/shared/download-names";

describe("download names in the reader's language", () => {
  it.each([
    ["coloring", "en", "coloring-dinosaurs-at-the-beach.png"],
    ["coloring", "fr", "coloriage-dinosaurs-at-the-beach.png"],
    ["photo", "en", "coloring-dinosaurs-at-the-beach.png"],
    ["photo", "fr", "coloriage-dinosaurs-at-the-beach.png"],
    ["scene", "fr", "scene-dinosaurs-at-the-beach.png"],
    ["variation", "fr", "variante-dinosaurs-at-the-beach.png"],
    ["edit", "en", "edit-dinosaurs-at-the-beach.png"],
    ["edit", "fr", "retouche-dinosaurs-at-the-beach.png"],
    ["something-new", "fr", "image-dinosaurs-at-the-beach.png"],
  ] as const)("a %s image in %s", (kind, locale, name) => {
    expect(imageDownloadName({ kind, title: "Dinosaurs at the beach!" }, "png", locale)).toBe(name);
  });

  it("keeps the extension asked for and strips accents from French titles", () => {
    expect(imageDownloadName({ kind: "photo", title: "Photo du 1 déc." }, "pdf", "fr")).toBe("coloriage-photo-du-1-dec.pdf");
  });

  it("names an untitled image by the localized word", () => {
    expect(imageDownloadName({ kind: "coloring", title: "…" }, "svg", "en")).toBe("coloring-image.svg");
  });

  it("names script exports, with the format of a timeline", () => {
    expect(scriptDownloadName("Coffee history", "zip", "en", "fcpxml")).toBe("script-coffee-history-fcpxml.zip");
    expect(scriptDownloadName("", "pdf", "fr")).toBe("script-sans-titre.pdf");
    expect(scriptDownloadName("", "pdf", "en")).toBe("script-untitled.pdf");
  });

  it.each([
    ["interior", "en", "ocean-friends-interior.pdf"],
    ["interior", "fr", "ocean-friends-interieur.pdf"],
    ["cover", "fr", "ocean-friends-couverture.pdf"],
    ["zip", "en", "ocean-friends-pages.zip"],
  ] as const)("the %s of a book in %s", (part, locale, name) => {
    expect(bookDownloadName("Ocean friends", part, locale)).toBe(name);
  });

  it("names an untitled book by the localized word", () => {
    expect(bookDownloadName("", "cover", "fr")).toBe("livre-couverture.pdf");
  });
});
