import { childOf, findElement, type XmlElement } from "../timeline/xml";
import { baseName, timingError, type TimedClip, type TimingFile } from "./types";

function childText(element: XmlElement | undefined, name: string): string | undefined {
  return element ? childOf(element, name)?.text : undefined;
}

/** Frames per second of an xmeml `<rate>`: the timebase, times 1000/1001 when NTSC. */
function framesPerSecond(rate: XmlElement | undefined, where: string): number {
  const timebase = Number(childText(rate, "timebase"));
  if (!Number.isFinite(timebase) || timebase <= 0) throw timingError(`The Premiere XML has no frame rate for ${where}.`);
  return childText(rate, "ntsc")?.toUpperCase() === "TRUE" ? (timebase * 1000) / 1001 : timebase;
}

function frameNumber(element: XmlElement, name: string): number | null {
  const value = Number(childText(element, name));
  return Number.isInteger(value) ? value : null;
}

/**
 * A Premiere Pro (xmeml) sequence's video clip items, by start frame. A clip item inside a
 * transition has start -1: it then starts where its end and length say.
 */
export function readPremiereTiming(root: XmlElement): TimingFile {
  if (root.name !== "xmeml") throw timingError(`The file is XML, but not Premiere XML: its root is <${root.name}>.`);
  const sequence = findElement(root, "sequence");
  if (!sequence) throw timingError("The Premiere XML has no sequence. Export the sequence (File › Export › Final Cut Pro XML).");
  const fps = framesPerSecond(childOf(sequence, "rate"), "its sequence");
  const video = childOf(childOf(sequence, "media") ?? sequence, "video");
  // A file is described once, then referenced by its id alone.
  const files = new Map<string, string>();
  const items = (video?.children ?? []).filter((track) => track.name === "track").flatMap((track) => track.children.filter((item) => item.name === "clipitem"));
  for (const item of items) {
    const file = childOf(item, "file");
    const name = childText(file, "pathurl") ?? childText(file, "name");
    if (file?.attrs.id && name) files.set(file.attrs.id, baseName(name));
  }
  const clips: TimedClip[] = items.map((item) => {
    const start = frameNumber(item, "start");
    const end = frameNumber(item, "end");
    const inPoint = frameNumber(item, "in") ?? 0;
    const outPoint = frameNumber(item, "out");
    const startFrame = start !== null && start >= 0 ? start : end !== null && outPoint !== null ? end - (outPoint - inPoint) : null;
    const name = childText(item, "name") ?? "";
    if (startFrame === null) throw timingError(`The Premiere XML clip "${name}" has no start frame.`);
    const fileId = childOf(item, "file")?.attrs.id;
    return { start: startFrame / fps, name, file: fileId ? files.get(fileId) : undefined };
  });
  if (clips.length === 0) throw timingError("The Premiere XML sequence has no video clip.");
  return { format: "premiere", clips };
}
