// The answers of POST /api/scripts/:id/timing, shared with the browser (types only).

/** How a clip was tied to its segment. */
export type MatchKind = "id" | "name" | "text" | "order";

/** The files a script can take its timings back from. */
export type TimingFormat = "srt" | "vtt" | "otio" | "fcpxml" | "premiere";

export interface TimingChange {
  segmentId: string;
  /** 1-based position in the script. */
  number: number;
  text: string;
  from: string;
  to: string;
  fromSeconds: number;
  toSeconds: number;
  matchedBy: MatchKind;
  /** The clip's name in the file (a cue's text for subtitles). */
  clip: string;
}

export interface TimingPreview {
  format: TimingFormat;
  /** Clips (or cues) read from the file. */
  clips: number;
  /** Segments tied to a clip, changed or not. */
  matched: number;
  changes: TimingChange[];
  /** Segments no clip was tied to: they keep their time. */
  unmatched: Array<{ segmentId: string; number: number; timestamp: string; text: string }>;
  /** Clips left out, with the reason. */
  ignored: Array<{ clip: string; start: string; reason: "duplicate" | "foreign" | "extra" }>;
  /** Names this exact set of changes: applying with it refuses to apply anything else. */
  fingerprint: string;
}

/** The answer of an apply: the preview of what was applied, and how many segments changed. */
export type TimingResult = TimingPreview & { applied: number };
