import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { formatWait, localizedErrorMessage } from "@/lib/i18n/request-locale";
import { describeWait, rateLimited } from "@/lib/limits/rate-limited";
import { lockoutSeconds, SIGN_IN_WINDOWS } from "@/lib/limits/sign-in";

describe("the time to wait", () => {
  it.each([
    [1, "1 second", "1 seconde"],
    [45, "45 seconds", "45 secondes"],
    [60, "1 minute", "1 minute"],
    [61, "2 minutes", "2 minutes"],
    [7140, "119 minutes", "119 minutes"],
    [7141, "2 hours", "2 heures"],
    [7200, "2 hours", "2 heures"],
    [86_400, "24 hours", "24 heures"],
  ])("%i s is said %j in English and %j in French (rounded up)", (seconds, en, fr) => {
    expect(describeWait(seconds)).toBe(en);
    expect(formatWait(seconds, "fr")).toBe(fr);
  });

  it("is sent as whole seconds, at least one", () => {
    expect(rateLimited("api", 1).details?.retryAfterSeconds).toBe(1);
    expect(rateLimited("api", 1001).details?.retryAfterSeconds).toBe(2);
    expect(rateLimited("api", 0).details?.retryAfterSeconds).toBe(1);
    expect(rateLimited("sign_in", 180_000).status).toBe(429);
  });

  it("is told to French readers in French, and other errors stay as they are", () => {
    const error = rateLimited("sign_in", 180_000);
    expect(localizedErrorMessage(error, "en")).toBe("Too many failed sign-in attempts. Try again in 3 minutes.");
    expect(localizedErrorMessage(error, "fr")).toBe("Trop de tentatives de connexion échouées. Réessayez dans 3 minutes.");
    const other = new AppError("not_found:image", "This image does not exist.");
    expect(localizedErrorMessage(other, "fr")).toBe("This image does not exist.");
  });
});

describe("sign-in lockouts grow", () => {
  it("doubles from the first lockout, up to a day", () => {
    expect(lockoutSeconds(1)).toBe(SIGN_IN_WINDOWS.firstLockoutSeconds);
    expect(lockoutSeconds(2)).toBe(2 * SIGN_IN_WINDOWS.firstLockoutSeconds);
    expect(lockoutSeconds(3)).toBe(4 * SIGN_IN_WINDOWS.firstLockoutSeconds);
    expect(lockoutSeconds(40)).toBe(SIGN_IN_WINDOWS.maxLockoutSeconds);
  });
});
