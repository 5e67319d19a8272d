/**
 * Frontal face detection, so that portraits keep their eyes, brows and mouth even at low detail.
 * Uses OpenCV's LBP cascade "lbpcascade_frontalface_improved.xml" (BSD-3-Clause, Puttemans,
 * Ergun and Goedemé, KU Leuven; shipped next to this file with its licence header).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cannyEdges } from "./filters";
import { MatScope, type Cv } from "./opencv";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Classifier = InstanceType<Cv["CascadeClassifier"]>;

/** The model file beside this module, or (in a bundled server, where modules move) in the source tree. */
async function readCascade(): Promise<Buffer> {
  try {
    return await readFile(new URL("./face-cascade.xml", import.meta.url));
  } catch {
    return readFile(path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "photos", "trace", "face-cascade.xml"));
  }
}

let classifier: Promise<{ classifier: Classifier } | null> | null = null;

function loadClassifier(cv: Cv): Promise<{ classifier: Classifier } | null> {
  classifier ??= readCascade()
    .then((xml) => {
      const name = "inkwell-face-cascade.xml";
      cv.FS_createDataFile("/", name, new Uint8Array(xml), true, false, false);
      const loaded = new cv.CascadeClassifier();
      if (!loaded.load(`/${name}`)) {
        loaded.delete();
        return null;
      }
      return { classifier: loaded };
    })
    // Without the model file (e.g. not copied by a bundler) tracing works, minus face care.
    .catch(() => null);
  return classifier;
}

/** Long side of the image the detector scans: faces smaller than ~7 % of the photo are missed. */
const DETECT_LONG_SIDE = 360;

/**
 * Finds frontal faces in a grey working image; returns boxes in its coordinates, largest first.
 * Returns an empty list when the detector is unavailable.
 */
export async function detectFaces(cv: Cv, grey: Uint8Array, width: number, height: number): Promise<Box[]> {
  const loaded = await loadClassifier(cv);
  if (!loaded) return [];
  const scope = new MatScope(cv);
  const found = new cv.RectVector();
  try {
    const src = scope.fromBytes(height, width, cv.CV_8UC1, grey);
    const factor = Math.min(1, DETECT_LONG_SIDE / Math.max(width, height));
    const small = scope.mat();
    cv.resize(src, small, new cv.Size(Math.round(width * factor), Math.round(height * factor)), 0, 0, cv.INTER_AREA);
    cv.equalizeHist(small, small);
    loaded.classifier.detectMultiScale(small, found, 1.15, 4, 0, new cv.Size(24, 24), new cv.Size(0, 0));
    const boxes: Box[] = [];
    for (let i = 0; i < found.size(); i++) {
      const r = found.get(i);
      boxes.push({ x: r.x / factor, y: r.y / factor, width: r.width / factor, height: r.height / factor });
    }
    return boxes.sort((a, b) => b.width * b.height - a.width * a.height || a.x - b.x || a.y - b.y);
  } finally {
    found.delete();
    scope.dispose();
  }
}

/**
 * Adds the strongest edges of a face to `target`: each eye (with its brow) and the mouth are
 * searched separately, with thresholds from each cell itself, so that a wide smile or one dark
 * eye cannot use up the budget meant for the other features.
 */
export function addFaceDetails(cv: Cv, grey: Uint8Array, near: Uint8Array, target: Uint8Array, width: number, height: number, face: Box, budget: number): void {
  // [left, top, right, bottom] as fractions of the face box: each eye, then the mouth.
  const cells: ReadonlyArray<readonly [number, number, number, number]> = [
    [0.05, 0.12, 0.5, 0.55],
    [0.5, 0.12, 0.95, 0.55],
    [0.05, 0.55, 0.95, 1.0],
  ];
  for (const [left, top, right, bottom] of cells) {
    const x0 = Math.max(0, Math.floor(face.x + face.width * left));
    const x1 = Math.min(width, Math.ceil(face.x + face.width * right));
    const y0 = Math.max(0, Math.floor(face.y + face.height * top));
    const y1 = Math.min(height, Math.ceil(face.y + face.height * bottom));
    const w = x1 - x0;
    const h = y1 - y0;
    if (w < 8 || h < 8) continue;
    const crop = new Uint8Array(w * h);
    const exclude = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) {
      crop.set(grey.subarray((y0 + y) * width + x0, (y0 + y) * width + x1), y * w);
      exclude.set(near.subarray((y0 + y) * width + x0, (y0 + y) * width + x1), y * w);
    }
    const edges = cannyEdges(cv, crop, w, h, { seedFraction: 0.15, minLength: 0.08 * w, budget: budget * (w + h), exclude });
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) if (edges[y * w + x]) target[(y0 + y) * width + x0 + x] = 1;
    }
  }
}
