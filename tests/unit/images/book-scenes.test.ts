import { describe, expect, it } from "vitest";
import { bookScenesAnswerSchema, MAX_SCENE_CHARS } from "@/lib/images/prompts/book-scenes";

const ok = (scenes: unknown) => bookScenesAnswerSchema(2, "turtle").safeParse({ scenes }).success;

describe("a book's planned scenes as the text model answers them", () => {
  it("takes exactly the asked count of distinct scenes naming the character", () => {
    expect(ok(["A turtle at the beach", "A Turtle in space"])).toBe(true);
    expect(ok(["A turtle at the beach"])).toBe(false);
    expect(ok(["A turtle at the beach", "A turtle in space", "A turtle at home"])).toBe(false);
  });
  it("refuses a scene without the character, twin scenes, an empty or too long scene", () => {
    expect(ok(["A turtle at the beach", "A fox in space"])).toBe(false);
    expect(ok(["A turtle at the beach", "a turtle at the beach"])).toBe(false);
    expect(ok(["A turtle at the beach", " "])).toBe(false);
    expect(ok(["A turtle at the beach", `A turtle ${"x".repeat(MAX_SCENE_CHARS - 9)}`])).toBe(true);
    expect(ok(["A turtle at the beach", `A turtle ${"x".repeat(MAX_SCENE_CHARS - 8)}`])).toBe(false);
  });
});
