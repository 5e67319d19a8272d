import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { safetyIdentifier } from "@/lib/images/engines/openai/safety-identifier";

const SECRET = "unit-tests-only-secret-0123456789abcdef";

describe("safetyIdentifier", () => {
  it("is 64 hex characters, the API's limit", () => {
    expect(safetyIdentifier("cm1user", SECRET)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is stable for a user and different between users", () => {
    expect(safetyIdentifier("cm1user", SECRET)).toBe(safetyIdentifier("cm1user", SECRET));
    expect(safetyIdentifier("cm1user", SECRET)).not.toBe(safetyIdentifier("cm2user", SECRET));
    expect(safetyIdentifier("cm1user", SECRET)).not.toBe(safetyIdentifier("cm1user ", SECRET));
  });

  it("depends on the server secret, so it cannot be recomputed (or reversed) from the id alone", () => {
    const id = "cm1user";
    const value = safetyIdentifier(id, SECRET);
    expect(value).not.toContain(id);
    expect(value).not.toBe(createHash("sha256").update(id).digest("hex"));
    expect(value).not.toBe(createHmac("sha256", SECRET).update(id).digest("hex"));
    expect(value).not.toBe(safetyIdentifier(id, `${SECRET}x`));
    // Not an email either: the same value whatever the account's address, since only the id goes in.
    expect(value).not.toMatch(/@/);
  });

  it("refuses to run without a user or without a real secret", () => {
    expect(() => safetyIdentifier("", SECRET)).toThrow(/user id/);
    expect(() => safetyIdentifier("cm1user", "short")).toThrow(/AUTH_SECRET/);
  });
});
