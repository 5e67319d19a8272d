/** The Twemoji/Iconify code of an emoji: its code points in lowercase hex, joined by "-", without variation selectors. */
export function emojiHex(emoji: string): string {
  return [...emoji]
    .map((char) => char.codePointAt(0)!)
    .filter((code) => code !== 0xfe0f)
    .map((code) => code.toString(16))
    .join("-");
}
