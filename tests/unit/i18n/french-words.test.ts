import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

/** Every message of a catalogue with its dotted key. */
function messages(tree: unknown, prefix = ""): Array<[string, string]> {
  if (typeof tree === "string") return [[prefix, tree]];
  if (!tree || typeof tree !== "object") return [];
  return Object.entries(tree).flatMap(([key, value]) => messages(value, prefix ? `${prefix}.${key}` : key));
}

describe("one word for each thing in French", () => {
  it("calls the settings page « Réglages » everywhere, never « Paramètres »", () => {
    // The API reference's "parameters" are a request's parameters, not the settings page.
    const offenders = messages(fr).filter(([key, text]) => /param[eè]tres/i.test(text) && !key.startsWith("apiDocs."));
    expect(offenders).toEqual([]);
    expect(fr.nav.settings).toBe("Réglages");
    expect(fr.settings.title).toBe("Réglages");
  });

  it("never tells a member to raise their own budget, which only an administrator may do", () => {
    for (const [key, text] of [...messages(en), ...messages(fr)]) {
      expect(/raise it in settings|augmentez-le dans/i.test(text), key).toBe(false);
    }
  });
});
