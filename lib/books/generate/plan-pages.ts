import { createRandom, hashString, matchTheme } from "@/lib/images/offline";

/** One planned page: its scene (the page's theme) and its offline layout seed. */
export interface PlannedPage {
  theme: string;
  seed: number;
}

export interface BookPlan {
  /** The recurring main character, as a noun ("turtle"). */
  character: string;
  pages: PlannedPage[];
}

// Places the offline composer knows as settings (lib/images/offline/theme-words.ts), so each
// page's scene changes its background too; actions name no subject, so the character stays the
// first and largest subject of every page.
const PLACES = [
  "at the beach", "in outer space", "under the ocean", "in the forest", "on the farm",
  "in the city", "at the castle", "in the jungle", "in the mountains", "in the garden", "at home", "in the snow",
] as const;
const ACTIONS = [
  "exploring", "having fun", "saying hello", "taking a walk", "playing a game",
  "on an adventure", "with a friend", "looking around",
] as const;

/**
 * Plans a book's pages from its theme, offline and deterministically: the theme's first subject
 * is the main character of every page, each page puts it somewhere else doing something else
 * (every pair of place and action at most once), and every other page brings one of the theme's
 * companions. The same theme and count always give the same plan.
 */
export function planBookPages({ theme, count }: { theme: string; count: number }): BookPlan {
  const match = matchTheme(theme);
  const [main, ...companions] = match.subjects;
  // Labels come with their article ("a turtle", "an octopus"): the scene keeps it, the name does not.
  const named = main?.label.en ?? theme;
  const character = named.replace(/^(a|an|the)\s+/i, "");
  const random = createRandom(hashString(theme.trim().toLowerCase()));
  const pairs = random.shuffle(PLACES.flatMap((place) => ACTIONS.map((action) => ({ place, action }))));
  const pages: PlannedPage[] = [];
  for (let i = 0; i < count; i++) {
    const { place, action } = pairs[i % pairs.length]!;
    const companion = i % 2 === 1 ? companions[Math.floor(i / 2) % Math.max(1, companions.length)] : undefined;
    const friend = companion ? ` and ${companion.label.en}` : "";
    const scene = `${named}${friend} ${action} ${place}`;
    pages.push({ theme: scene, seed: hashString(`${scene}#${i}`) & 0x7fffffff });
  }
  return { character, pages };
}
