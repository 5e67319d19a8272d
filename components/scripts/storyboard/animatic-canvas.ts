// Drawing the animatic on a canvas for recording (browser only).
import { containRect, sceneAt, type Animatic } from "@/lib/shared/scripts/animatic";

/** The frames' images, decoded before recording starts so no frame is drawn half-loaded. */
export async function loadImages(animatic: Animatic): Promise<Map<string, HTMLImageElement>> {
  const urls = [...new Set(animatic.scenes.map((scene) => scene.imageUrl).filter((url): url is string => url !== null))];
  const loaded = await Promise.all(
    urls.map(async (url) => {
      const image = new Image();
      image.src = url;
      try {
        await image.decode();
        return [url, image] as const;
      } catch {
        // A missing file shows as a blank frame with its caption rather than stopping the recording.
        return null;
      }
    }),
  );
  return new Map(loaded.filter((entry) => entry !== null));
}

function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.slice(0, 3);
}

/** Paints the frame on screen at `time`: the image letterboxed on black, and its caption when asked. */
export function drawFrame(context: CanvasRenderingContext2D, animatic: Animatic, images: ReadonlyMap<string, HTMLImageElement>, time: number, captions: boolean): void {
  const { width, height } = context.canvas;
  context.fillStyle = "#000";
  context.fillRect(0, 0, width, height);
  const scene = sceneAt(animatic, Math.min(time, animatic.end - 1e-6));
  if (!scene) return;
  const image = scene.imageUrl ? images.get(scene.imageUrl) : undefined;
  if (image) {
    const box = containRect({ width: image.naturalWidth, height: image.naturalHeight }, { width, height });
    context.drawImage(image, box.x, box.y, box.width, box.height);
  }
  if (!captions && image) return;
  const size = Math.round(Math.min(width, height) / 24);
  context.font = `${size}px system-ui, sans-serif`;
  const lines = wrap(context, scene.text, width * 0.9);
  const band = lines.length * size * 1.3 + size;
  context.fillStyle = "rgba(0,0,0,0.75)";
  context.fillRect(0, height - band, width, band);
  context.fillStyle = "#fff";
  context.textAlign = "center";
  context.textBaseline = "top";
  lines.forEach((line, i) => context.fillText(line, width / 2, height - band + size / 2 + i * size * 1.3));
}

/** Why this browser cannot record, or null when it can (a WebM type MediaRecorder accepts, and canvas capture). */
export function recordingSupport(): { mimeType: string } | { missing: "recorder" | "capture" | "webm" } {
  if (typeof window === "undefined" || typeof MediaRecorder === "undefined") return { missing: "recorder" };
  if (typeof HTMLCanvasElement.prototype.captureStream !== "function") return { missing: "capture" };
  const mimeType = ["video/webm;codecs=vp9", "video/webm;codecs=vp8", "video/webm"].find((type) => MediaRecorder.isTypeSupported(type));
  return mimeType ? { mimeType } : { missing: "webm" };
}
