import { describe, expect, it } from "vitest";
import { formatUsd, formatUsdAmount, microToUsd, usdToMicro } from "@/lib/shared/money";

describe("formatUsd", () => {
  it("shows small sums with enough digits and zero plainly", () => {
    expect(formatUsd(0)).toBe("$0");
    expect(formatUsd(4_200)).toBe("$0.0042");
    expect(formatUsd(42_000)).toBe("$0.042");
    expect(formatUsd(1_250_000)).toBe("$1.25");
  });

  it("switches precision exactly at one cent and at one dollar", () => {
    expect(formatUsd(9_999)).toBe("$0.0100");
    expect(formatUsd(10_000)).toBe("$0.010");
    expect(formatUsd(999_000)).toBe("$0.999");
    expect(formatUsd(1_000_000)).toBe("$1.00");
  });

  it("follows the locale", () => {
    expect(formatUsd(1_250_000, "fr")).toBe("1,25\u00a0$US");
  });
});

describe("dollars and micro-dollars", () => {
  it("converts both ways, rounding to whole micro-dollars", () => {
    expect(microToUsd(42_000)).toBe(0.042);
    expect(usdToMicro(0.042)).toBe(42_000);
    expect(usdToMicro(0.1 + 0.2)).toBe(300_000);
    expect(usdToMicro(0.0000004)).toBe(0);
    expect(usdToMicro(0.0000005)).toBe(1);
  });

  it("formats an amount given in dollars like the same amount in micro-dollars", () => {
    expect(formatUsdAmount(0.042)).toBe(formatUsd(42_000));
    expect(formatUsdAmount(12.5, "fr")).toBe(formatUsd(12_500_000, "fr"));
  });
});
