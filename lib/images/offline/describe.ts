import type { AgeGroup } from "@/lib/images/paper";
import type { ArtRef } from "./art";
import { getEmojiIndex } from "./emoji-index";
import { planColoringPage, type PagePlan } from "./plan";
import { pluralEnglish, pluralFrench } from "./plural-nouns";
import { SETTINGS } from "./settings";

type Locale = "en" | "fr";

const AGE_CLAUSE: Partial<Record<AgeGroup, [string, string]>> = {
  "3-5": [", drawn in big simple shapes", ", en grandes formes simples"],
  adult: [", with fine details to color", ", avec de fins détails à colorier"],
};

const FRAMES: Record<PagePlan["motif"], [string, string]> = {
  floral: ["in a frame of flowers and leaves", "dans un cadre de fleurs et de feuilles"],
  geometric: ["in a frame of geometric patterns", "dans un cadre de motifs géométriques"],
};

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Puts "friendly" before the first noun: "an owl" → "a friendly owl", "three cats" → "three friendly cats". */
function befriend(noun: string): string {
  if (/^an? /.test(noun)) return noun.replace(/^an? /, "a friendly ");
  const counted = /^(two|three|four|five|six|seven|eight|nine) (.+)$/.exec(noun);
  if (counted) return `${counted[1]} friendly ${counted[2]}`;
  return /^[a-z]/.test(noun) ? `friendly ${noun}` : noun;
}

/** People, faces and animals play; things (a cake, a tree) are simply there. */
function isAnimate(ref: ArtRef): boolean {
  const entry = getEmojiIndex().byName.get(ref.name);
  return entry !== undefined && (entry.group === 0 || entry.group === 1 || (entry.group === 3 && entry.subgroup >= 34 && entry.subgroup <= 39));
}

/** The named subjects as noun phrases, a plural subject once in the plural, then the companions. */
function nounPhrases(plan: PagePlan, locale: Locale): { nouns: string[]; several: boolean } {
  const label = (ref: ArtRef): string => (locale === "fr" ? ref.label.fr : ref.label.en);
  const nouns: string[] = [];
  const seen = new Set<string>();
  let several = false;
  plan.subjects.forEach((ref, i) => {
    if (seen.has(ref.name)) return;
    const group = i < plan.named ? plan.match.plural.find((p) => p.name === ref.name || p.variants.includes(ref.name)) : undefined;
    if (group) {
      for (const name of [group.name, ...group.variants]) seen.add(name);
      const main = plan.subjects.find((s) => s.name === group.name) ?? ref;
      nouns.push(locale === "fr" ? pluralFrench(label(main), group.count) : pluralEnglish(label(main), group.count));
      several = true;
      return;
    }
    seen.add(ref.name);
    nouns.push(label(ref));
  });
  return { nouns, several: several || nouns.length > 1 };
}

function describeDesign(plan: PagePlan, locale: Locale): string {
  const fr = locale === "fr";
  const centre = plan.subjects[0];
  const centreName = centre ? (fr ? centre.label.fr : centre.label.en) : "";
  switch (plan.design) {
    case "mandala":
      return fr
        ? `Un mandala de pétales, d'anneaux et d'étoiles à colorier${centre ? `, avec ${centreName} en son cœur` : ""}`
        : `A mandala of petals, rings and stars to color${centre ? `, with ${centreName} at its heart` : ""}`;
    case "pattern":
      if (plan.motif === "floral") return fr ? "Un motif de fleurs et de feuilles à colorier" : "A pattern of flowers and leaves to color";
      return fr ? "Un motif géométrique de formes imbriquées à colorier" : "A geometric pattern of interlocking shapes to color";
    case "zentangle":
      return fr
        ? "Un zentangle : une forme divisée en zones, chacune remplie de son propre motif"
        : "A zentangle: a shape divided into areas, each filled with its own pattern";
    default: {
      const { nouns } = nounPhrases({ ...plan, subjects: plan.subjects.slice(0, plan.named || 1) }, locale);
      const subject = nouns[0] ?? centreName;
      return fr ? `${capitalize(subject)} aux formes décorées de motifs, ${FRAMES[plan.motif][1]}` : `${capitalize(subject)} with patterned shapes, ${FRAMES[plan.motif][0]}`;
    }
  }
}

/**
 * A short scene sentence for a theme, as the offline engine will draw it: "Friendly dinosaurs and
 * a crab playing on a sunny beach with palm trees", or the design an adult page shows.
 */
export function describeThemeOffline(theme: string, ageGroup: AgeGroup, locale: Locale = "en", seed = 0): string {
  const plan = planColoringPage({ theme, ageGroup, seed });
  const fr = locale === "fr";
  const clause = AGE_CLAUSE[ageGroup]?.[fr ? 1 : 0] ?? "";
  if (plan.design !== "scene") return `${describeDesign(plan, locale)}${clause}`;
  const { nouns, several } = nounPhrases(plan, locale);
  const lively = plan.subjects.some(isAnimate);
  if (!fr && nouns[0] && plan.subjects[0] && isAnimate(plan.subjects[0])) nouns[0] = befriend(nouns[0]);
  const place = SETTINGS[plan.setting].place[fr ? 1 : 0];
  const verb = !lively ? "" : fr ? (several ? " qui jouent" : " qui joue") : " playing";
  return capitalize(`${joinList(nouns, fr ? "et" : "and")}${verb} ${place}${clause}`);
}
