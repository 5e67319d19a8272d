/**
 * Trace: turns a photo into coloring-page line art, offline. The photo is smoothed with
 * edge-preserving filters; its main subject is separated from the background (GrabCut); dense
 * texture is flattened; the photo is posterised in CIELAB into colour regions that never cross
 * the subject's outline, merged where only shading or a weak border separates them (harder in the
 * background), enriched with the strongest inner edges, and drawn at print resolution with lines
 * as thick as the age group needs, the subject's outline boldest.
 */
import type { AgeGroup } from "@/lib/images/paper";
import { throwIfAborted, yieldToEventLoop } from "./abort";
import { decodeWorkImage } from "./decode";
import { loadOpenCv } from "./opencv";
import { traceParams } from "./params";
import { drawStrokes, encodePng, fillSlivers, fitBox } from "./draw";
import { traceLines } from "./trace-lines";

export { traceParams, type TraceParams } from "./params";
export { loadOpenCv } from "./opencv";

export interface TraceOptions {
  ageGroup: AgeGroup;
  /** 1 (fewest lines) … 5 (most lines); 3 by default. */
  detail: number;
  /** Drop weak or small edges far from the main subject / in low-saliency regions. */
  simplifyBackground: boolean;
  /** Size of the output, px: the page's printable area at 300 DPI, e.g. 2250×3000 or 3000×2250. */
  width: number;
  height: number;
  signal?: AbortSignal;
  onProgress?: (percent: number) => void;
}

export interface TraceResult {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * Traces `photo` (JPEG/PNG/WebP bytes) into a `width × height` greyscale PNG whose pixels are only
 * 0 (ink) or 255 (paper), the line art fitted and centred on white. Deterministic for the same
 * input and options. Throws an Error named "AbortError" when `signal` aborts between stages.
 */
export async function traceToLineArt(photo: Buffer, options: TraceOptions): Promise<TraceResult> {
  const { signal, onProgress } = options;
  const width = Math.round(options.width);
  const height = Math.round(options.height);
  if (!(width > 0 && height > 0 && width * height <= 50_000_000)) throw new RangeError(`Invalid output size ${options.width}×${options.height}`);
  const params = traceParams(options.ageGroup, options.detail);
  const report = (percent: number): void => onProgress?.(percent);
  throwIfAborted(signal);
  report(0);

  const [{ cv }, image] = await Promise.all([loadOpenCv(), decodeWorkImage(photo, params.workLongSide)]);
  throwIfAborted(signal);
  report(15);

  const box = fitBox(image.width, image.height, width, height);
  const lines = await traceLines(cv, image, params, {
    scale: box.scale,
    simplifyBackground: options.simplifyBackground,
    checkpoint: async (percent) => {
      await yieldToEventLoop();
      throwIfAborted(signal);
      report(15 + percent * 0.65);
    },
  });

  const pixels = drawStrokes(
    cv,
    [
      { chains: lines.subject, widthPx: params.subjectLinePx },
      { chains: lines.outlines, widthPx: params.linePx },
      { chains: lines.details, widthPx: params.detailLinePx },
    ],
    box,
    width,
    height,
    params.linePx,
  );
  fillSlivers(cv, pixels, width, height, params.minAreaPx);
  throwIfAborted(signal);
  report(90);
  const png = await encodePng(pixels, width, height);
  throwIfAborted(signal);
  report(100);
  return { png, width, height };
}
