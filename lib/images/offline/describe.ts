import type { AgeGroup } from "@/lib/images/paper";
import { AGE_STYLES } from "@/lib/images/paper";
import { matchTheme } from "./match-theme";
import { SETTINGS } from "./settings";

const AGE_CLAUSE: Partial<Record<AgeGroup, [string, string]>> = {
  "3-5": [", drawn in big simple shapes", ", en grandes formes simples"],
  adult: [", with fine details to color", ", avec de fins détails à colorier"],
};

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** Puts "friendly" before the first noun: "an owl" becomes "a friendly owl". */
function befriend(noun: string): string {
  return /^an? /.test(noun) ? noun.replace(/^an? /, "a friendly ") : noun;
}

/**
 * A short child-friendly scene sentence for a theme, as the offline engine will draw it:
 * "A friendly dinosaur and a crab playing on a sunny beach with palm trees".
 */
export function describeThemeOffline(theme: string, ageGroup: AgeGroup, locale: "en" | "fr" = "en"): string {
  const match = matchTheme(theme);
  const subjects = match.subjects.slice(0, AGE_STYLES[ageGroup].maxSubjects);
  const fr = locale === "fr";
  const nouns = subjects.map((subject, i) => {
    const noun = fr ? subject.label.fr : subject.label.en;
    return i === 0 && !fr ? befriend(noun) : noun;
  });
  const place = SETTINGS[match.setting].place[fr ? 1 : 0];
  const verb = fr ? (nouns.length > 1 ? "qui jouent" : "qui joue") : "playing";
  const clause = AGE_CLAUSE[ageGroup]?.[fr ? 1 : 0] ?? "";
  const sentence = `${joinList(nouns, fr ? "et" : "and")} ${verb} ${place}${clause}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
