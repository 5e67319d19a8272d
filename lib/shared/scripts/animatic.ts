// The animatic's timing: which frame shows when, as a pure function of the segments' times.

/** The last frame has no next timestamp to end at: it lasts this long unless told otherwise. */
export const DEFAULT_LAST_SECONDS = 5;

export interface AnimaticInput {
  /** Seconds from the start of the video (the segment's timestamp). */
  seconds: number;
  text: string;
  /** The chosen image, or null: the frame then shows its caption on a blank card. */
  imageUrl: string | null;
}

export interface AnimaticScene {
  /** Position in the script (0-based). */
  index: number;
  start: number;
  duration: number;
  text: string;
  imageUrl: string | null;
}

export interface Animatic {
  scenes: AnimaticScene[];
  /** Seconds from the first frame's timestamp to the end of the last. */
  start: number;
  end: number;
}

/**
 * Each frame shows from its timestamp until the next one; the last for `lastSeconds`. Timestamps
 * that do not increase (a draft being edited) give a frame no time rather than a negative one.
 */
export function buildAnimatic(inputs: readonly AnimaticInput[], lastSeconds = DEFAULT_LAST_SECONDS): Animatic {
  if (!(lastSeconds > 0)) throw new RangeError("The last frame must last more than 0 seconds.");
  const scenes = inputs.map((input, index) => {
    const next = inputs[index + 1];
    const duration = next ? Math.max(0, next.seconds - input.seconds) : lastSeconds;
    return { index, start: input.seconds, duration, text: input.text, imageUrl: input.imageUrl };
  });
  const first = scenes[0];
  const last = scenes.at(-1);
  return { scenes, start: first?.start ?? 0, end: last ? last.start + last.duration : 0 };
}

/**
 * The frame on screen at `time` (seconds of the video): the last one whose timestamp has been
 * reached and that lasts; before the first timestamp, the first; at or after the end, null.
 */
export function sceneAt(animatic: Animatic, time: number): AnimaticScene | null {
  if (animatic.scenes.length === 0 || time >= animatic.end) return null;
  let found: AnimaticScene | null = null;
  for (const scene of animatic.scenes) {
    if (scene.duration === 0) continue;
    if (scene.start > time) break;
    found = scene;
  }
  return found ?? animatic.scenes.find((scene) => scene.duration > 0) ?? null;
}

/** Where playback starts to show a frame from its beginning (for a click on a frame). */
export function startOf(animatic: Animatic, index: number): number {
  return animatic.scenes[index]?.start ?? animatic.start;
}

/** "1:05" / "1:02:03": a playback position for people. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

export type AnimaticAspect = "16:9" | "1:1" | "9:16";

/** The recorded video's size: 720 lines on the short side (1280×720 for 16:9), even numbers for encoders. */
export function animaticFrameSize(aspect: AnimaticAspect): { width: number; height: number } {
  if (aspect === "1:1") return { width: 720, height: 720 };
  if (aspect === "9:16") return { width: 720, height: 1280 };
  return { width: 1280, height: 720 };
}

/** Frame rates the recording offers. */
export const ANIMATIC_FPS = [24, 30] as const;
export type AnimaticFps = (typeof ANIMATIC_FPS)[number];

/** Where an image of `source` size sits inside `box`, whole and centred (letterboxed). */
export function containRect(source: { width: number; height: number }, box: { width: number; height: number }): { x: number; y: number; width: number; height: number } {
  if (source.width <= 0 || source.height <= 0) return { x: 0, y: 0, width: 0, height: 0 };
  const scale = Math.min(box.width / source.width, box.height / source.height);
  const width = source.width * scale;
  const height = source.height * scale;
  return { x: (box.width - width) / 2, y: (box.height - height) / 2, width, height };
}
