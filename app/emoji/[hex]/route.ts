// GET /emoji/:hex — a bundled Twemoji picture as SVG (public, cached), so emoji look the same everywhere
import { emojiPicture } from "@/lib/images/emoji-picture";

export async function GET(_request: Request, { params }: { params: Promise<{ hex: string }> }): Promise<Response> {
  const svg = emojiPicture((await params).hex);
  if (!svg) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  return new Response(svg, { headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=31536000, immutable" } });
}
