// GET /emoji/:hex — a bundled Twemoji picture as SVG (public, cached), so emoji look the same everywhere
import { emojiSvg } from "@/lib/images/offline/emoji-svg";

const HEX = /^[0-9a-f]{2,6}(-[0-9a-f]{2,6}){0,7}$/;

export async function GET(_request: Request, { params }: { params: Promise<{ hex: string }> }): Promise<Response> {
  const hex = (await params).hex.replace(/\.svg$/, "");
  const svg = HEX.test(hex) ? emojiSvg(hex) : null;
  if (!svg) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  return new Response(svg, { headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=31536000, immutable" } });
}
