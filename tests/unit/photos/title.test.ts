import { describe, expect, it } from "vitest";
import { titleFromFileName } from "@/lib/photos/title";

describe("photo page titles", () => {
  it.each([
    ["IMG_2041 (1).jpg", "IMG 2041 (1)"],
    ["my-cat--Felix.jpeg", "my cat Felix"],
    ["photo", "photo"],
    [".jpg", undefined],
    [undefined, undefined],
  ])("%s → %s", (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });
});
