import { describe, expect, it } from "vitest";
import { GET } from "@/app/emoji/[hex]/route";
import { COLORING_PRESETS } from "@/lib/shared/coloring-presets";
import { emojiHex } from "@/lib/shared/emoji-hex";
import { emojiSvg } from "@/lib/images/offline/emoji-svg";

describe("emoji pictures", () => {
  it("codes emoji as Twemoji does", () => {
    expect(emojiHex("🦕")).toBe("1f995");
    expect(emojiHex("🖍️")).toBe("1f58d");
    expect(emojiHex("👩‍🚀")).toBe("1f469-200d-1f680");
  });

  it("has a picture for every preset", () => {
    for (const preset of COLORING_PRESETS) expect(emojiSvg(emojiHex(preset.emoji)), preset.id).toMatch(/^<svg [^>]*viewBox="/);
  });

  it("serves a picture, and 404 for unknown or malformed codes", async () => {
    const ok = await GET(new Request("http://localhost/emoji/1f995.svg"), { params: Promise.resolve({ hex: "1f995.svg" }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("image/svg+xml");
    expect(await ok.text()).toContain("<path");
    for (const hex of ["zzzz", "../etc", "10ffff"]) {
      expect((await GET(new Request("http://localhost"), { params: Promise.resolve({ hex }) })).status).toBe(404);
    }
  });
});
