/**
 * The offline engine's script-scene renderer: draft storyboard frames composed from the same
 * bundled artwork, settings and seeded randomness as the coloring pages.
 */
export { composeStoryboardFrame, letterboxBar, planFrame, type FramePlan, type StoryboardFrame, type StoryboardVariation } from "./compose";
export { lookFor, lookForCustomStyle, LOOKS, type Look, type LookId } from "./looks";
export { castFor, type StoryCast, type StorySubject } from "./subjects";
