import { isGapLabel } from "../timeline/plan";
import { findElement, type XmlElement } from "../timeline/xml";
import { baseName, timingError, type TimedClip, type TimingFile } from "./types";

/** Elements of a storyline that show media; gaps, titles and transitions only take room. */
const MEDIA_CLIPS = new Set(["video", "asset-clip", "clip", "ref-clip", "mc-clip", "sync-clip"]);
const MAX_DEPTH = 16;

/** FCPXML time ("1001/30000s", "5s", "3600/1s") in seconds, or null when malformed. */
export function parseFcpTime(value: string | undefined): number | null {
  if (value === undefined) return null;
  const body = value.endsWith("s") ? value.slice(0, -1) : value;
  const [top = "", bottom = "1", extra] = body.split("/");
  if (extra !== undefined || !/^\d+$/.test(top) || !/^\d+$/.test(bottom) || Number(bottom) === 0) return null;
  return Number(top) / Number(bottom);
}

function timeAttr(element: XmlElement, name: string, fallback: number | null = null): number {
  const raw = element.attrs[name];
  const value = raw === undefined ? fallback : parseFcpTime(raw);
  if (value === null) throw timingError(`The FCPXML ${element.name} "${element.attrs.name ?? ""}" has ${raw === undefined ? `no ${name}` : `a malformed ${name} "${raw}"`}.`);
  return value;
}

/** The media file behind a clip: its asset's media-rep, through a compound clip's inner video if need be. */
function fileOf(element: XmlElement, assets: ReadonlyMap<string, string>, depth = 0): string | undefined {
  const ref = element.attrs.ref;
  if (ref && assets.has(ref)) return assets.get(ref);
  if (depth > MAX_DEPTH) return undefined;
  for (const child of element.children) {
    if (child.attrs.lane !== undefined || !MEDIA_CLIPS.has(child.name)) continue;
    const found = fileOf(child, assets, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Walks a storyline. `origin` maps the element's local time to the timeline: a child at local
 * time `offset` starts at `origin + offset`. Connected clips (with a lane) and secondary
 * storylines inside a clip are in that clip's local time, which starts at its `start`.
 */
function collect(elements: readonly XmlElement[], origin: number, assets: ReadonlyMap<string, string>, clips: TimedClip[], depth: number): void {
  if (depth > MAX_DEPTH) throw timingError("The FCPXML nests storylines too deeply.");
  for (const element of elements) {
    if (element.attrs.offset === undefined) continue;
    const at = origin + timeAttr(element, "offset");
    if (MEDIA_CLIPS.has(element.name)) clips.push({ start: at, name: element.attrs.name ?? "", file: fileOf(element, assets) });
    // The gap Inkwell wrote for a segment without an image still says where that segment starts.
    if (element.name === "gap" && isGapLabel(element.attrs.name ?? "")) clips.push({ start: at, name: element.attrs.name ?? "" });
    const inner = at - timeAttr(element, "start", 0);
    const nested = element.children.filter((child) => child.attrs.lane !== undefined);
    for (const child of nested) {
      if (child.name === "spine") collect(child.children, inner + timeAttr(child, "offset") - timeAttr(child.children[0] ?? child, "offset", 0), assets, clips, depth + 1);
      else collect([child], inner, assets, clips, depth + 1);
    }
  }
}

/** An FCPXML project's clips (primary storyline and connected), by start time from the sequence's start. */
export function readFcpxmlTiming(root: XmlElement): TimingFile {
  if (root.name !== "fcpxml") throw timingError(`The file is XML, but not FCPXML: its root is <${root.name}>.`);
  const assets = new Map<string, string>();
  const resources = root.children.find((child) => child.name === "resources");
  for (const asset of resources?.children ?? []) {
    const src = asset.children.find((child) => child.name === "media-rep")?.attrs.src ?? asset.attrs.src;
    if (asset.name === "asset" && asset.attrs.id && src) assets.set(asset.attrs.id, baseName(src));
  }
  const sequence = findElement(root, "sequence");
  const spine = sequence?.children.find((child) => child.name === "spine");
  if (!sequence || !spine) throw timingError("The FCPXML has no project with a timeline (no <sequence> with a <spine>). Export the project, not an event or a clip.");
  const clips: TimedClip[] = [];
  collect(spine.children, -timeAttr(sequence, "tcStart", 0), assets, clips, 0);
  if (clips.length === 0) throw timingError("The FCPXML timeline has no clip.");
  return { format: "fcpxml", clips };
}
