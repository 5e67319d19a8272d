import { cueLineSeparator } from "../parse/detect";
import { parseXml, type XmlElement } from "../timeline/xml";
import { readFcpxmlTiming } from "./read-fcpxml";
import { readOtioTiming } from "./read-otio";
import { readPremiereTiming } from "./read-premiere";
import { readSubtitleTiming } from "./read-subtitles";
import { timingError, type TimingFile } from "./types";
import { checkXmlShape } from "./xml-shape";

const SUPPORTED = "an .srt, .vtt, .otio, .fcpxml or Premiere .xml file";

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf(".");
  return dot < 0 ? "" : filename.slice(dot + 1).toLowerCase();
}

/** How much of the XML parser's own message an error quotes. */
const MAX_REASON_CHARS = 200;

function readXml(text: string): XmlElement {
  checkXmlShape(text);
  let root: XmlElement | null;
  try {
    root = parseXml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unreadable";
    throw timingError(`The file is not well-formed XML: ${reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS)}…` : reason}.`);
  }
  if (!root) throw timingError("The XML file has no root element.");
  return root;
}

function readTimelineXml(text: string): TimingFile {
  const root = readXml(text);
  if (root.name === "xmeml") return readPremiereTiming(root);
  if (root.name === "fcpxml") return readFcpxmlTiming(root);
  throw timingError(`The XML file is neither FCPXML nor Premiere XML: its root is <${root.name}>.`);
}

/** The format by extension, or by content for an unknown one. */
function formatOf(filename: string, text: string): "srt" | "vtt" | "otio" | "xml" {
  const extension = extensionOf(filename);
  if (extension === "srt" || extension === "vtt" || extension === "otio") return extension;
  if (extension === "fcpxml" || extension === "xml") return "xml";
  if (extension === "fcpxmld") throw timingError("A .fcpxmld bundle is a folder: upload the Info.fcpxml file inside it.");
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith("<")) return "xml";
  if (head.startsWith("{")) return "otio";
  if (head.startsWith("WEBVTT")) return "vtt";
  if (head.split(/\r?\n/, 8).some((line) => cueLineSeparator(line) !== null)) return "srt";
  throw timingError(`Choose ${SUPPORTED} exported from your editor.`);
}

/** The clips of an edited timeline or subtitle file, in time order; a bad file is a 400 with the reason. */
export function readTimingFile(filename: string, text: string): TimingFile {
  if (text.trim() === "") throw timingError("The file is empty.");
  const format = formatOf(filename, text);
  const file = format === "xml" ? readTimelineXml(text) : format === "otio" ? readOtioTiming(text) : readSubtitleTiming(format, text);
  // Stable: clips starting together keep their order in the file.
  return { ...file, clips: [...file.clips].sort((a, b) => a.start - b.start) };
}
