/** The options a request can choose, shared by the forms in the browser and the use cases on the server. */

export const PAPERS = ["letter", "a4"] as const;
export type Paper = (typeof PAPERS)[number];

export const ORIENTATIONS = ["portrait", "landscape"] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const AGE_GROUPS = ["3-5", "6-9", "10-12", "adult"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Every quality some image model takes (`auto` lets the model pick); each model accepts its own subset. */
export const QUALITIES = ["low", "medium", "high", "xhigh", "max", "auto"] as const;
export type Quality = (typeof QUALITIES)[number];
/** A quality OpenAI renders at (`auto` lets the model pick one of these). */
export type RenderQuality = Exclude<Quality, "auto">;
/** Planning effort, independent of quality (models that accept `complexity`). */
export type Complexity = "low" | "medium" | "high";
/** How long a model takes, relative to the others: what the model picker shows. */
export type SpeedClass = "fast" | "balanced" | "detailed";

export const ENGINE_IDS = ["offline", "openai"] as const;
export type EngineId = (typeof ENGINE_IDS)[number];
