import { describe, expect, it } from "vitest";
import { effectiveBudgetMicroUsd, monthKey, monthStart, spendMonth } from "@/lib/billing/budget-rules";
import { usdToMicro } from "@/lib/shared/money";

describe("effectiveBudgetMicroUsd", () => {
  it("is the default without an admin's figure or an own limit", () => {
    expect(effectiveBudgetMicroUsd({ budgetUsd: null, ownLimitUsd: null }, 20)).toBe(20_000_000);
  });

  it("is the admin's figure when set, above or below the default", () => {
    expect(effectiveBudgetMicroUsd({ budgetUsd: 5, ownLimitUsd: null }, 20)).toBe(5_000_000);
    expect(effectiveBudgetMicroUsd({ budgetUsd: 50, ownLimitUsd: null }, 20)).toBe(50_000_000);
    expect(effectiveBudgetMicroUsd({ budgetUsd: 0, ownLimitUsd: null }, 20)).toBe(0);
  });

  it("is lowered by the user's own limit, never raised by it", () => {
    expect(effectiveBudgetMicroUsd({ budgetUsd: null, ownLimitUsd: 3 }, 20)).toBe(3_000_000);
    expect(effectiveBudgetMicroUsd({ budgetUsd: 5, ownLimitUsd: 100_000 }, 20)).toBe(5_000_000);
    expect(effectiveBudgetMicroUsd({ budgetUsd: null, ownLimitUsd: 100_000 }, 20)).toBe(20_000_000);
  });

  it("rounds dollars to whole micro-dollars", () => {
    expect(usdToMicro(0.0000014)).toBe(1);
    expect(usdToMicro(19.99)).toBe(19_990_000);
  });
});

describe("months", () => {
  it("counts in UTC months", () => {
    expect(monthKey(new Date("2026-11-30T23:59:59Z"))).toBe("2026-11");
    expect(monthKey(new Date("2026-12-01T00:00:00Z"))).toBe("2026-12");
    expect(monthKey(new Date("2027-01-15T12:00:00Z"))).toBe("2027-01");
    expect(monthStart(new Date("2026-11-17T08:00:00Z")).toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("bounds a month for reading its counter: from its first instant to the next month's, across a year's end", () => {
    const december = spendMonth(new Date("2026-12-31T23:59:59.999Z"));
    expect(december).toEqual({ key: "2026-12", start: new Date("2026-12-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") });
    expect(spendMonth(new Date("2027-01-01T00:00:00Z")).key).toBe("2027-01");
  });
});
