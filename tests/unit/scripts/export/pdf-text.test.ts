import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { winAnsiSafe, wrapText } from "@/lib/scripts/export/pdf-text";

async function helvetica() {
  const doc = await PDFDocument.create();
  return doc.embedFont(StandardFonts.Helvetica);
}

describe("storyboard text", () => {
  it("keeps WinAnsi characters and replaces the others", async () => {
    const font = await helvetica();
    expect(winAnsiSafe("Café « Le Procope » — 1686…", font)).toBe("Café « Le Procope » — 1686…");
    expect(winAnsiSafe("Kraków  Łódź\tŞişli", font)).toBe("Kraków Lódz Sisli");
    expect(winAnsiSafe("咖啡 ☕ ok", font)).toBe("?? ? ok");
    expect(() => font.encodeText(winAnsiSafe("Ελληνικά 𝄞 ✓ Łódź", font))).not.toThrow();
  });

  it("wraps to the width, cuts long words and ends an overflow with an ellipsis", async () => {
    const font = await helvetica();
    const lines = wrapText("The quick brown fox jumps over the lazy dog again and again", font, 10, 80, 10);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(80);
    expect(lines.join(" ")).toBe("The quick brown fox jumps over the lazy dog again and again");
    const long = wrapText("Supercalifragilisticexpialidocious", font, 10, 40, 10);
    expect(long.join("")).toBe("Supercalifragilisticexpialidocious");
    const cut = wrapText("one two three four five six seven eight nine ten", font, 10, 40, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
  });
});
