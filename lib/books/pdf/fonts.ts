import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";
import { loadBinaryAsset } from "@/lib/images/offline/assets";

/** Fredoka (SIL Open Font License 1.1), the typeface of the offline pages' titles, latin subset (French included). */
const FILES = {
  bold: "@fontsource/fredoka/files/fredoka-latin-600-normal.woff",
  regular: "@fontsource/fredoka/files/fredoka-latin-400-normal.woff",
} as const;

export interface BookFonts {
  bold: PDFFont;
  regular: PDFFont;
}

/** Embeds the two weights, subset to the characters used. */
export async function embedBookFonts(doc: PDFDocument): Promise<BookFonts> {
  doc.registerFontkit(fontkit);
  const [bold, regular] = await Promise.all([
    doc.embedFont(loadBinaryAsset(FILES.bold), { subset: true }),
    doc.embedFont(loadBinaryAsset(FILES.regular), { subset: true }),
  ]);
  return { bold, regular };
}

const supported = new WeakMap<PDFFont, Set<number>>();

/** Text with the characters the font cannot draw left out (an emoji in a title, say), spaces tidied, line breaks kept. */
export function printable(font: PDFFont, text: string): string {
  let set = supported.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    supported.set(font, set);
  }
  const known = set;
  return Array.from(text.normalize("NFC"))
    .filter((char) => /\s/.test(char) || known.has(char.codePointAt(0)!))
    .join("")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ *\n[\s]*/g, "\n")
    .trim();
}
