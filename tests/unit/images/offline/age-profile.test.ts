import { describe, expect, it } from "vitest";
import { OFFLINE_AGE, PX_PER_MM } from "@/lib/images/offline/age-profile";
import { AGE_GROUPS } from "@/lib/images/paper";
import { PRINT_THRESHOLDS } from "@/lib/images/print-check";

describe("offline drawing per age", () => {
  it.each(AGE_GROUPS)("draws %s lines at least 0.15 mm above the print check's minimum", (age) => {
    const profile = OFFLINE_AGE[age];
    const min = PRINT_THRESHOLDS[age].minLineMm * PX_PER_MM;
    expect(profile.detailLine).toBeGreaterThanOrEqual(min + 0.15 * PX_PER_MM);
    expect(profile.line).toBeGreaterThanOrEqual(profile.detailLine);
  });

  it.each(AGE_GROUPS)("cleans %s pages to the print check's own area and speck sizes", (age) => {
    const profile = OFFLINE_AGE[age];
    const t = PRINT_THRESHOLDS[age];
    // Slivers are counted with a margin over the check's floor: fitting onto the sheet shrinks areas a little.
    expect(profile.minArea / PX_PER_MM ** 2).toBeGreaterThanOrEqual(t.minAreaMm2 * 1.1);
    expect(profile.minArea / PX_PER_MM ** 2).toBeLessThan(t.minAreaMm2 * 1.2);
    expect(profile.keepShare).toBeLessThan(t.maxSliverShare);
    expect(profile.maxSpeck / PX_PER_MM ** 2).toBeGreaterThanOrEqual(t.maxSpeckMm2);
    expect(profile.minShapeArea).toBeGreaterThanOrEqual(profile.minArea);
    // Background lines must run into a subject's outline, not stop short of it.
    expect(profile.halo).toBeLessThan(profile.line / 2);
    // A solid dot (an eye) stays well under the check's largest solid fill.
    expect((profile.maxDot / PX_PER_MM) ** 2).toBeLessThan(t.maxSolidMm2 / 2);
  });

  it("gets finer with age: thinner lines, smaller pattern cells, more rings and regions", () => {
    for (let i = 1; i < AGE_GROUPS.length; i++) {
      const older = OFFLINE_AGE[AGE_GROUPS[i]!];
      const younger = OFFLINE_AGE[AGE_GROUPS[i - 1]!];
      expect(older.line).toBeLessThan(younger.line);
      expect(older.cell).toBeLessThan(younger.cell);
      expect(older.rings).toBeGreaterThan(younger.rings);
      expect(older.regions).toBeGreaterThan(younger.regions);
      expect(older.detail).toBeGreaterThanOrEqual(younger.detail);
    }
    expect(OFFLINE_AGE["10-12"].detail).toBeGreaterThan(OFFLINE_AGE["6-9"].detail);
    expect(OFFLINE_AGE["6-9"].subjectPatterns).toBe("none");
    expect(OFFLINE_AGE["10-12"].subjectPatterns).toBe("bold");
  });
});
