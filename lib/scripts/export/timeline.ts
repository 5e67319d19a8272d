import "server-only";
import type { ScriptRecord } from "@/lib/db/scripts";
import { getFrameRate, type FrameRateName } from "../timeline/frame-rate";
import { planTimeline, type TimelinePlan } from "../timeline/plan";
import { writeFcpxml } from "./fcpxml";
import { imageEntries } from "./images";
import { writeOtio } from "./otio";
import { writePremiereXml } from "./premiere";
import type { ExportRow } from "./rows";
import { zipStream } from "./zip";

export type TimelineFormat = "fcpxml" | "premiere" | "otio";

/** Each editor format: its writer and the timeline file's extension inside the ZIP. */
export const TIMELINE_FORMATS: Record<TimelineFormat, { write: (plan: TimelinePlan) => string; extension: string }> = {
  fcpxml: { write: writeFcpxml, extension: "fcpxml" },
  premiere: { write: writePremiereXml, extension: "xml" },
  otio: { write: writeOtio, extension: "otio" },
};

export interface TimelineOptions {
  fps: FrameRateName;
  /** How long the last still lasts, in seconds. */
  lastSeconds: number;
}

export function planScriptTimeline(script: ScriptRecord, rows: readonly ExportRow[], { fps, lastSeconds }: TimelineOptions): TimelinePlan {
  return planTimeline({
    title: script.title,
    aspect: script.aspect,
    rate: getFrameRate(fps),
    lastSeconds,
    segments: rows.map(({ segment, image, file }) => ({
      segmentId: segment.id,
      seconds: segment.seconds,
      timestamp: segment.timestamp,
      text: segment.text,
      file: image && file ? file : null,
      width: image?.width ?? null,
      height: image?.height ?? null,
    })),
  });
}

/** A ZIP of the timeline file (`<name>.<extension>`) and every image it references, side by side. */
export function timelineZip(format: TimelineFormat, plan: TimelinePlan, rows: readonly ExportRow[], name: string): ReadableStream<Uint8Array> {
  const { write, extension } = TIMELINE_FORMATS[format];
  const timeline = new TextEncoder().encode(write(plan));
  return zipStream([{ name: `${name}.${extension}`, read: async () => timeline, compress: true }, ...imageEntries(rows)]);
}
