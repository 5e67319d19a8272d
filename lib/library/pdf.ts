import "server-only";
import { z } from "zod";
import { pagePdf } from "@/lib/images/pdf";
import { ORIENTATIONS, PAPERS, type Orientation, type Paper } from "@/lib/images/paper";
import { readImageFile } from "./files";

const printOptions = z.object({ paper: z.enum(PAPERS), orientation: z.enum(ORIENTATIONS) }).partial();

/** The paper an image was made for (coloring and photo pages); landscape when wider than tall otherwise. */
export function paperOf(options: unknown, width: number, height: number): { paper: Paper; orientation: Orientation } {
  const parsed = printOptions.safeParse(options);
  const fallbackOrientation: Orientation = width > height ? "landscape" : "portrait";
  return {
    paper: (parsed.success && parsed.data.paper) || "letter",
    orientation: (parsed.success && parsed.data.orientation) || fallbackOrientation,
  };
}

/** The user's image as a one-page PDF at its paper size. */
export async function imagePdf({ id, userId }: { id: string; userId: string }): Promise<{ pdf: Buffer; title: string; kind: string }> {
  const { image, bytes } = await readImageFile({ id, userId });
  const { paper, orientation } = paperOf(JSON.parse(image.options), image.width, image.height);
  const pdf = await pagePdf({ png: bytes, paper, orientation, title: image.title });
  return { pdf, title: image.title, kind: image.kind };
}
