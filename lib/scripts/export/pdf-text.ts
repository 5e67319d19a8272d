import type { PDFFont } from "pdf-lib";

/** Letters that do not decompose into a plain letter and an accent. */
const SPECIAL: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", ı: "i", Ŀ: "L", ŀ: "l", Ŧ: "T", ŧ: "t" };

/**
 * Text a standard PDF font can show: characters outside its WinAnsi set become their unaccented
 * letter when there is one, otherwise "?". White space runs become one space.
 */
export function winAnsiSafe(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  let out = "";
  for (const char of text.replace(/\s+/g, " ").trim()) {
    const code = char.codePointAt(0) ?? 0;
    if (supported.has(code)) {
      out += char;
      continue;
    }
    const base = SPECIAL[char] ?? char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out += base !== "" && [...base].every((c) => supported.has(c.codePointAt(0) ?? 0)) ? base : "?";
  }
  return out;
}

/** Lines of at most `maxWidth` points; past `maxLines` the last line ends with "…". Long words are cut. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number, maxLines: number): string[] {
  const width = (s: string) => font.widthOfTextAtSize(s, size);
  const lines: string[] = [];
  let line = "";
  const words = text.split(" ").filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    while (width(word) > maxWidth) {
      let cut = word.length - 1;
      while (cut > 1 && width(word.slice(0, cut)) > maxWidth) cut--;
      if (line) lines.push(line);
      line = "";
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && width(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
