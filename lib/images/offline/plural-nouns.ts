/** English and French plurals of the short noun phrases in `nouns.ts`, for scene sentences. */

const EN_NUMBERS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const FR_NUMBERS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];

const EN_IRREGULAR: Record<string, string> = {
  mouse: "mice", fish: "fish", sheep: "sheep", deer: "deer", reindeer: "reindeer", goose: "geese", wolf: "wolves",
  leaf: "leaves", elf: "elves", rex: "rexes", octopus: "octopuses", bus: "buses", child: "children", person: "people",
  tomato: "tomatoes", potato: "potatoes", mango: "mangoes", hero: "heroes",
};
const FR_IRREGULAR: Record<string, string> = { bonhomme: "bonshommes", œil: "yeux", ciel: "ciels" };
const FR_OU_X = new Set(["bijou", "caillou", "chou", "genou", "hibou", "joujou", "pou"]);
/** Where the part of a French noun phrase that agrees in number ends. */
const FR_STOP = /^(de|d'.*|du|des|à|au|aux|avec|en)$/;

function englishWord(word: string): string {
  const irregular = EN_IRREGULAR[word.toLowerCase()];
  if (irregular) return irregular;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

function frenchWord(word: string): string {
  const irregular = FR_IRREGULAR[word];
  if (irregular) return irregular;
  if (/[sxz]$/.test(word) || word === "T.") return word;
  if (/(eau|eu)$/.test(word) || FR_OU_X.has(word)) return `${word}x`;
  if (/al$/.test(word) && word !== "bal" && word !== "festival") return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}

/** "a dinosaur" → "dinosaurs" or "three dinosaurs"; a phrase without an article ("Santa Claus") stays as it is. */
export function pluralEnglish(noun: string, count: number | null): string {
  const match = /^(a|an) (.+)$/.exec(noun);
  if (!match?.[2]) return noun;
  const [head, ...tail] = match[2].split(/ (?=with |of |on )/);
  const words = (head ?? "").split(" ");
  words[words.length - 1] = englishWord(words[words.length - 1] ?? "");
  const plural = [words.join(" "), ...tail].join(" ");
  return count !== null && count < EN_NUMBERS.length ? `${EN_NUMBERS[count]} ${plural}` : plural;
}

/** "un chat noir" → "des chats noirs" or "trois chats noirs"; "le père Noël" stays as it is. */
export function pluralFrench(noun: string, count: number | null): string {
  const match = /^(un|une) (.+)$/.exec(noun);
  if (!match?.[2]) return noun;
  const words = match[2].split(" ");
  let agreeing = true;
  const plural = words
    .map((word) => {
      if (FR_STOP.test(word)) agreeing = false;
      if (!agreeing) return word;
      // "arc-en-ciel" → "arcs-en-ciel", "cerf-volant" → "cerfs-volants".
      let inner = true;
      return word
        .split("-")
        .map((part) => {
          if (part === "en") inner = false;
          return inner ? frenchWord(part) : part;
        })
        .join("-");
    })
    .join(" ");
  const article = count !== null && count < FR_NUMBERS.length ? FR_NUMBERS[count] : "des";
  return `${article} ${plural}`;
}
