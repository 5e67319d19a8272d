/** Lower case, accents removed, anything but letters and digits turned into single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Words that carry no subject in English or French themes. Moods ("scary", "friendly") are here
 * too: how frightening a page looks is a matter of drawing, and every subject is drawn friendly.
 */
export const STOP_WORDS = new Set(
  (
    "a an the and or with without at in on of to for from by into onto under over near some my our your his her their its " +
    "is are be playing play plays having fun happy cute little big small lots lot many few very several " +
    "friendly nice kind smiling funny silly scary spooky creepy sweet lovely jolly merry front behind next top bottom together " +
    "red blue green yellow pink purple black white brown grey gray new old back off night day saint building bridge " +
    "walk walks walking dance dances dancing fly flies flying swim swims swimming jump jumps jumping run runs running sail sails sailing " +
    "take takes taking go goes going cross crosses crossing wave waves waving sit sits sitting sleep sleeps sleeping eat eats eating " +
    "read reads reading ride rides riding make makes making hold holds holding look looks looking get gets getting " +
    "un une le la les l d de des du et ou avec sans dans sur sous au aux en pour par chez son sa ses mon ma mes ton ta tes notre nos leur leurs " +
    "qui que est sont joue jouent petit petite petits petites grand grande grands grandes gros joli jolie beaucoup tres plusieurs " +
    "gentil gentille gentils gentilles souriant souriante souriants souriantes rigolo rigolos rigolote mignon mignonne mignons " +
    "effrayant effrayante effrayants sympathique sympathiques sympa joyeux joyeuse joyeuses bon bonne bonnes ensemble devant derriere " +
    "rouge rouges bleu bleus bleue vert verts verte jaune jaunes noir noire noirs blanc blanche blancs marron gris " +
    "vers fort depuis promenade pont nouveau nouvelle vieux vieille nuit jour danse dansent nage nagent saute sautent vole volent survole survolent " +
    "vogue voguent traverse traversent construit construisent fait font salue saluent decolle decollent mange mangent dort dorment court courent"
  ).split(" "),
);

/** Words before a noun that ask for several of it ("des chats", "two cats"), with the count when they give one. */
export const PLURAL_CUES: ReadonlyMap<string, number | null> = new Map([
  ...["les", "des", "mes", "tes", "ses", "nos", "vos", "leurs", "ces", "plusieurs", "many", "several", "some", "lots", "few"].map((w) => [w, null] as const),
  ...(["two", "three", "four", "five", "six"] as const).map((w, i) => [w, i + 2] as const),
  ...(["deux", "trois", "quatre", "cinq", "six"] as const).map((w, i) => [w, i + 2] as const),
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n), n] as const),
]);

/** Words before a noun that ask for exactly one of it, overriding a plural-looking spelling. */
export const SINGULAR_CUES = new Set(["a", "an", "one", "un", "une", "1"]);

/** Plurals no suffix rule finds (English and French, accent-free). */
const IRREGULAR: Record<string, string> = {
  mice: "mouse", geese: "goose", children: "child", people: "person", teeth: "tooth", feet: "foot", oxen: "ox",
  cacti: "cactus", octopi: "octopus", yeux: "oeil", cieux: "ciel", reindeers: "reindeer", sheep: "sheep",
};

/** The singular forms worth trying for an English or French word (the word itself first, as given). */
export function wordForms(word: string): string[] {
  const forms = [word];
  const add = (form: string): void => {
    if (form.length >= 2 && !forms.includes(form)) forms.push(form);
  };
  const irregular = IRREGULAR[word];
  if (irregular) add(irregular);
  if (word.endsWith("ies")) add(`${word.slice(0, -3)}y`);
  if (word.endsWith("eaux")) add(word.slice(0, -1));
  if (word.endsWith("aux")) add(`${word.slice(0, -3)}al`);
  if (word.endsWith("ves")) add(`${word.slice(0, -3)}f`);
  // "-es" first only after the endings English adds it to (boxes, witches, dishes, glasses):
  // elsewhere "-s" comes first, so "sorcieres" is "sorciere" (a witch), not "sorcier" (a wizard).
  const es = /(x|ch|sh|ss|z)es$/.test(word);
  if (es) add(word.slice(0, -2));
  if (word.endsWith("s") || word.endsWith("x")) add(word.slice(0, -1));
  if (word.endsWith("es") && !es) add(word.slice(0, -2));
  return forms;
}
