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

/** Words that carry no subject in English or French themes. */
export const STOP_WORDS = new Set(
  (
    "a an the and or with without at in on of to for from by into onto under over near some my our your his her their its " +
    "is are be playing play plays having fun happy cute little big small lots many few very " +
    "un une le la les l d de des du et ou avec sans dans sur sous au aux en pour par chez son sa ses mon ma mes ton ta tes notre nos leur leurs " +
    "qui que est sont joue jouent petit petite petits petites grand grande grands grandes gros joli jolie beaucoup tres"
  ).split(" "),
);

/** The singular forms worth trying for an English or French word (plural first, as given). */
export function wordForms(word: string): string[] {
  const forms = [word];
  const add = (form: string): void => {
    if (form.length >= 2 && !forms.includes(form)) forms.push(form);
  };
  if (word.endsWith("ies")) add(`${word.slice(0, -3)}y`);
  if (word.endsWith("eaux")) add(word.slice(0, -1));
  if (word.endsWith("aux")) add(`${word.slice(0, -3)}al`);
  if (word.endsWith("ves")) add(`${word.slice(0, -3)}f`);
  if (word.endsWith("es")) add(word.slice(0, -2));
  if (word.endsWith("s") || word.endsWith("x")) add(word.slice(0, -1));
  return forms;
}

/**
 * Theme words never looked up, so they cannot pull in an unsuitable picture through an emoji's
 * tags (weapons, alcohol, scary or adult things, flags).
 */
export const BLOCKED_WORDS = new Set(
  (
    "gun guns pistol rifle knife knives dagger sword weapon weapons bomb bombs war army soldier kill killer dead death blood " +
    "skull skeleton zombie vampire ghost monster devil demon horror scary beer wine alcohol drunk cocktail vodka whisky " +
    "cigarette smoke smoking drug drugs sexy sex kiss nude flag flags " +
    "fusil pistolet couteau epee arme armes bombe guerre soldat tuer mort sang crane squelette fantome monstre diable " +
    "biere vin alcool cigarette drogue drapeau drapeaux baiser"
  ).split(" "),
);
