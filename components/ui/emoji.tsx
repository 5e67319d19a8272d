import { emojiHex } from "@/lib/shared/emoji-hex";
import { cn } from "./cn";

/** A decorative emoji drawn from the bundled Twemoji artwork, so it shows even without an emoji font. */
export function Emoji({ emoji, className }: { emoji: string; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG, nothing to optimise
    <img src={`/emoji/${emojiHex(emoji)}.svg`} alt="" aria-hidden="true" width={32} height={32} className={cn("inline-block size-8 shrink-0", className)} />
  );
}
