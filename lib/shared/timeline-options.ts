// The options of a timeline export (GET /api/scripts/:id/export), shared with the browser's form.

/**
 * The frame rates a timeline can be exported at. NTSC rates are the exact rationals editors
 * write (24000/1001, 30000/1001): "23.976" rounded is another, non-standard rate whose frame
 * boundaries drift against the real one. 29.97 uses drop-frame timecode, as broadcast does.
 */
export const FRAME_RATE_NAMES = ["23.976", "24", "25", "29.97", "30", "60"] as const;
export type FrameRateName = (typeof FRAME_RATE_NAMES)[number];
export const DEFAULT_FRAME_RATE: FrameRateName = "30";

/** How long the last still lasts, in seconds (it has no next segment to end it). */
export const LAST_SECONDS_DEFAULT = 5;
export const LAST_SECONDS_MAX = 600;
