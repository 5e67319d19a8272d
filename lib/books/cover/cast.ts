import { hasArt, matchTheme, SETTINGS, type SettingId } from "@/lib/images/offline";

/** What a cover shows: the book's main subjects (Twemoji names), most important first, and a setting. */
export interface CoverCast {
  subjects: string[];
  setting: SettingId;
}

const MAX_SUBJECTS = 5;
const MAX_SOURCES = 60;

/**
 * The cover's subjects from the book's theme when it has one, else from its pages' titles: the
 * subjects the most pages name (first seen first on a tie), in the setting most pages share. A
 * book whose words match nothing gets friendly defaults chosen by `seed`. Deterministic.
 */
export function coverCast({ theme, pageTitles, seed }: { theme: string | null; pageTitles: readonly string[]; seed: number }): CoverCast {
  const sources = theme?.trim() ? [theme.trim()] : [...new Set(pageTitles.map((t) => t.trim()).filter(Boolean))].slice(0, MAX_SOURCES);
  const subjectVotes = new Map<string, number>();
  const settingVotes = new Map<SettingId, number>();
  let companions: string[] = [];
  for (const source of sources) {
    const match = matchTheme(source, seed);
    for (const subject of match.subjects.slice(0, match.named)) subjectVotes.set(subject.name, (subjectVotes.get(subject.name) ?? 0) + 1);
    if (match.named > 0 && match.setting !== "plain") settingVotes.set(match.setting, (settingVotes.get(match.setting) ?? 0) + 1);
    if (companions.length === 0) companions = match.subjects.slice(match.named).map((s) => s.name);
  }
  const ranked = (votes: Map<string, number>) => [...votes.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
  const setting = (ranked(settingVotes as Map<string, number>)[0] as SettingId | undefined) ?? (subjectVotes.size > 0 ? "meadow" : matchTheme(sources.join(" "), seed).setting);
  let subjects = ranked(subjectVotes);
  if (subjects.length === 0) subjects = matchTheme(sources.join(" "), seed).subjects.map((s) => s.name);
  // Too few named subjects: the setting's companions keep the cover lively.
  for (const name of [...companions, ...SETTINGS[setting].companions]) {
    if (subjects.length >= 3) break;
    if (!subjects.includes(name)) subjects.push(name);
  }
  return { subjects: subjects.filter(hasArt).slice(0, MAX_SUBJECTS), setting };
}
