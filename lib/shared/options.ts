/** The options a request can choose, shared by the forms in the browser and the use cases on the server. */

export const PAPERS = ["letter", "a4"] as const;
export type Paper = (typeof PAPERS)[number];

export const ORIENTATIONS = ["portrait", "landscape"] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const AGE_GROUPS = ["3-5", "6-9", "10-12", "adult"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const QUALITIES = ["low", "medium", "high"] as const;
export type Quality = (typeof QUALITIES)[number];

export const ENGINE_IDS = ["offline", "openai"] as const;
export type EngineId = (typeof ENGINE_IDS)[number];
