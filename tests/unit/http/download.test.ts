import { describe, expect, it } from "vitest";
import { contentDisposition, safeFileName } from "@/lib/http/download";

describe("download file names", () => {
  it.each([
    ["coloring-dinosaurs.png", "coloring-dinosaurs.png"],
    ['evil"; filename="x.exe', "evil-filename-x.exe"],
    ["../../etc/passwd", "etc-passwd"],
    ["bébé à la plage.pdf", "bebe-a-la-plage.pdf"],
    ["line\r\nSet-Cookie: a=b.png", "line-Set-Cookie-a-b.png"],
    ["", "download"],
    ["…", "download"],
  ])("%j → %j", (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it("never lets a name break out of its header", () => {
    const header = contentDisposition("attachment", 'a"\r\nX-Evil: 1');
    expect(header).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"$/);
  });
});
