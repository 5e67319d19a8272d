import "server-only";
import { emojiSvg } from "@/lib/images/offline/emoji-svg";

/** Twemoji's file names: code points in lower-case hex, joined by dashes. */
const HEX = /^[0-9a-f]{2,6}(-[0-9a-f]{2,6}){0,7}$/;

/** The bundled picture of an emoji (`1f995` or `1f995.svg`) as SVG, or null for an unknown or malformed code. */
export function emojiPicture(name: string): string | null {
  const hex = name.replace(/\.svg$/, "");
  return HEX.test(hex) ? emojiSvg(hex) : null;
}
