import { describe, expect, it } from "vitest";
import { defaultPhotoTitle } from "@/lib/photos/title";

describe("photo page default titles", () => {
  const december1 = new Date("2026-12-01T10:00:00Z");

  it("names the day in English and in French", () => {
    expect(defaultPhotoTitle(december1, "en", "UTC")).toBe("Photo of Dec 1");
    expect(defaultPhotoTitle(december1, "fr", "UTC")).toBe("Photo du 1 déc.");
  });

  it("takes the day in the given time zone", () => {
    const lateOnNovember30 = new Date("2026-11-30T23:30:00Z");
    expect(defaultPhotoTitle(lateOnNovember30, "en", "UTC")).toBe("Photo of Nov 30");
    expect(defaultPhotoTitle(lateOnNovember30, "fr", "Europe/Paris")).toBe("Photo du 1 déc.");
  });
});
