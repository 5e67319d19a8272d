import type { SettingId } from "./settings";
import { HOLIDAY_PHRASES, HOLIDAY_WORDS } from "./theme-words-holidays";

/** A kind of design a theme can ask for by name, whatever the age group. */
export type DesignWord = "mandala" | "pattern" | "floral" | "zentangle";

/** What a curated theme word means: subjects (Twemoji names) and/or a setting, or a kind of design. */
export interface ThemeWord {
  /** The subject first, then other artwork for the same word (used when the theme asks for several). */
  art?: string[];
  setting?: SettingId;
  /**
   * A word that sets a scene more than it names a subject ("animals", "Halloween"): its art is used
   * only when the theme names nothing more specific, and its setting wins over a subject's.
   */
  generic?: boolean;
  /** How the first artwork is named when the theme names it ("a reindeer" for the deer). */
  label?: { en: string; fr: string };
  /** Other artwork for the first subject in a setting (a carved pumpkin at Halloween). */
  inSetting?: Partial<Record<SettingId, string>>;
  design?: DesignWord;
}

/**
 * Curated English and French words (accent-free, singular; plurals are tried by `wordForms`).
 * A word with art and a setting suggests that setting; a word with a setting only names it.
 */
const ENTRIES: Array<[string, ThemeWord]> = [
  // Designs
  ["mandala", { design: "mandala" }],
  ["pattern motif geometric geometrique geometry tessellation mosaic mosaique tile tiles kaleidoscope", { design: "pattern" }],
  ["floral", { design: "floral" }],
  ["zentangle zentangles tangle doodle doodles griffonnage", { design: "zentangle" }],
  // Settings
  ["beach plage seaside shore bord sable sand", { setting: "beach" }],
  ["space espace cosmos univers universe galaxy galaxie sky ciel", { setting: "space" }],
  ["ocean oceans underwater sousmarin marin marine reef recif", { setting: "underwater" }],
  ["sea mer", { setting: "beach" }],
  ["forest foret wood woods bois", { setting: "forest" }],
  ["farm ferme countryside campagne", { setting: "farm" }],
  ["city ville town street rue downtown road route", { setting: "city" }],
  ["castle chateau kingdom royaume palace palais tower tour donjon", { setting: "castle" }],
  ["jungle rainforest safari savanna savane", { setting: "jungle" }],
  ["mountain montagne alps alpes hill colline", { setting: "mountains" }],
  ["garden jardin meadow prairie field champ park parc spring printemps", { setting: "meadow" }],
  ["home maison house room chambre kitchen cuisine bedroom indoors", { setting: "home" }],
  ["winter hiver snow neige ice glace", { setting: "winter" }],
  // Animals
  ["dinosaur dinosaure dino", { art: ["sauropod", "t-rex"], setting: "jungle" }],
  ["trex tyrannosaurus tyrannosaure", { art: ["t-rex", "sauropod"], setting: "jungle" }],
  ["animal animaux creature", { art: ["dog", "cat", "rabbit"], setting: "meadow", generic: true }],
  ["pet pets", { art: ["dog", "cat", "rabbit"], setting: "home", generic: true }],
  ["cat chat kitten chaton kitty minou", { art: ["cat"], setting: "home" }],
  ["dog chien puppy chiot doggy", { art: ["dog", "poodle"], setting: "home" }],
  ["rabbit lapin bunny", { art: ["rabbit"], setting: "meadow" }],
  ["horse cheval pony poney", { art: ["horse"], setting: "farm" }],
  ["cow vache", { art: ["cow"], setting: "farm" }],
  ["pig cochon", { art: ["pig"], setting: "farm" }],
  ["chicken poule poulet hen chick poussin", { art: ["chicken", "hatching-chick"], setting: "farm" }],
  ["sheep mouton agneau lamb brebis", { art: ["ewe"], setting: "farm" }],
  ["duck canard", { art: ["duck"], setting: "farm" }],
  ["goat chevre", { art: ["goat"], setting: "mountains" }],
  ["fish poisson", { art: ["tropical-fish", "fish"], setting: "underwater" }],
  ["octopus poulpe pieuvre", { art: ["octopus"], setting: "underwater" }],
  ["whale baleine", { art: ["spouting-whale"], setting: "underwater" }],
  ["dolphin dauphin", { art: ["dolphin"], setting: "underwater" }],
  ["turtle tortue", { art: ["turtle"], setting: "beach" }],
  ["crab crabe", { art: ["crab"], setting: "beach" }],
  ["shark requin", { art: ["shark"], setting: "underwater" }],
  ["shell coquillage", { art: ["spiral-shell"], setting: "beach" }],
  ["monkey singe", { art: ["monkey"], setting: "jungle" }],
  ["lion", { art: ["lion"], setting: "jungle" }],
  ["tiger tigre", { art: ["tiger"], setting: "jungle" }],
  ["elephant", { art: ["elephant"], setting: "jungle" }],
  ["giraffe girafe", { art: ["giraffe"], setting: "jungle" }],
  ["zebra zebre", { art: ["zebra"], setting: "jungle" }],
  ["parrot perroquet", { art: ["parrot"], setting: "jungle" }],
  ["bear ours teddy nounours", { art: ["teddy-bear"], setting: "home" }],
  ["owl hibou chouette", { art: ["owl"], setting: "forest" }],
  ["fox renard", { art: ["fox"], setting: "forest" }],
  ["hedgehog herisson", { art: ["hedgehog"], setting: "forest" }],
  ["squirrel ecureuil", { art: ["chipmunk"], setting: "forest" }],
  ["deer cerf biche", { art: ["deer"], setting: "forest" }],
  ["bird oiseau", { art: ["bird", "baby-chick"], setting: "meadow" }],
  ["butterfly papillon", { art: ["butterfly"], setting: "meadow" }],
  ["bee abeille", { art: ["honeybee"], setting: "meadow" }],
  ["ladybug ladybird coccinelle", { art: ["lady-beetle"], setting: "meadow" }],
  ["snail escargot", { art: ["snail"], setting: "meadow" }],
  ["penguin pingouin manchot", { art: ["penguin"], setting: "winter" }],
  ["frog grenouille", { art: ["frog"], setting: "meadow" }],
  // People and fantasy
  ["child children kid kids enfant fillette garcon", { art: ["child", "girl", "boy"] }],
  ["princess princesse", { art: ["princess"], setting: "castle" }],
  ["prince", { art: ["prince"], setting: "castle" }],
  ["king roi queen reine", { art: ["prince", "princess"], setting: "castle" }],
  ["knight chevalier", { art: ["horse", "prince"], setting: "castle" }],
  ["dragon", { art: ["dragon"], setting: "castle" }],
  ["unicorn licorne", { art: ["unicorn"], setting: "meadow" }],
  ["fairy fee", { art: ["fairy"], setting: "forest" }],
  ["mermaid sirene", { art: ["mermaid"], setting: "underwater" }],
  ["wizard magicien sorcier enchanteur", { art: ["mage"], setting: "castle" }],
  ["astronaut astronaute spaceman cosmonaute", { art: ["astronaut"], setting: "space" }],
  ["robot", { art: ["robot"], setting: "city" }],
  ["snowman", { art: ["snowman"], setting: "winter" }],
  ["ballerina ballerine dancer danseuse ballet", { art: ["ballet-dancer"], setting: "home" }],
  // Things
  ["rocket fusee spaceship", { art: ["rocket"], setting: "space" }],
  ["planet planete saturn saturne", { art: ["ringed-planet"], setting: "space" }],
  ["alien extraterrestre ufo ovni martian martien", { art: ["flying-saucer"], setting: "space" }],
  ["star etoile", { art: ["rocket"], setting: "space" }],
  ["car voiture auto", { art: ["automobile", "racing-car"], setting: "city" }],
  ["bus autobus", { art: ["bus"], setting: "city" }],
  ["truck camion lorry camionnette", { art: ["delivery-truck", "articulated-lorry", "pickup-truck"], setting: "city" }],
  ["construction chantier digger excavator bulldozer pelleteuse engin engins crane grue", { art: ["building-construction", "articulated-lorry", "tractor"], setting: "city" }],
  ["firefighter pompier", { art: ["fire-engine"], setting: "city" }],
  ["train locomotive", { art: ["locomotive"], setting: "mountains" }],
  ["plane avion airplane", { art: ["airplane"], setting: "plain" }],
  ["boat bateau ship", { art: ["sailboat"], setting: "beach" }],
  ["pirate", { art: ["parrot", "sailboat"], setting: "beach" }],
  ["tractor tracteur", { art: ["tractor"], setting: "farm" }],
  ["flower fleur", { art: ["sunflower", "tulip"], setting: "meadow" }],
  ["tree arbre", { art: ["deciduous-tree"], setting: "forest" }],
  ["pine evergreen conifer conifere", { art: ["evergreen-tree"], setting: "forest" }],
  ["mushroom champignon", { art: ["mushroom"], setting: "forest" }],
  ["gift cadeau present", { art: ["wrapped-gift"], setting: "home" }],
  ["balloon ballon", { art: ["balloon"], setting: "plain" }],
  ["toy jouet", { art: ["teddy-bear", "kite"], setting: "home", generic: true }],
  ["football soccer foot", { art: ["soccer-ball"], setting: "meadow" }],
  ["fruit", { art: ["strawberry", "cherries", "pineapple"], setting: "plain" }],
  ["dessert sweets bonbon candy", { art: ["cupcake", "lollipop", "soft-ice-cream"], setting: "home" }],
];

/** Multi-word themes, matched on the normalized text before single words. */
const PHRASES: Array<[string, ThemeWord]> = [
  ["under the sea", { setting: "underwater" }],
  ["pine tree", { art: ["evergreen-tree"], setting: "forest" }],
  ["evergreen tree", { art: ["evergreen-tree"], setting: "forest" }],
  ["under water", { setting: "underwater" }],
  ["sous la mer", { setting: "underwater" }],
  ["sous l eau", { setting: "underwater" }],
  ["fond marin", { setting: "underwater" }],
  ["fonds marins", { setting: "underwater" }],
  ["outer space", { setting: "space" }],
  ["ice cream", { art: ["soft-ice-cream"], setting: "beach" }],
  ["fire truck", { art: ["fire-engine"], setting: "city" }],
  ["camion de pompiers", { art: ["fire-engine"], setting: "city" }],
  ["polar bear", { art: ["polar-bear"], setting: "winter" }],
  ["ours polaire", { art: ["polar-bear"], setting: "winter" }],
  ["bonhomme de neige", { art: ["snowman"], setting: "winter" }],
  ["teddy bear", { art: ["teddy-bear"], setting: "home" }],
  ["hot air balloon", { art: ["balloon"], setting: "plain" }],
];

export const THEME_WORDS: ReadonlyMap<string, ThemeWord> = new Map(
  [...ENTRIES, ...HOLIDAY_WORDS].flatMap(([words, meaning]) => words.split(" ").map((word) => [word, meaning] as const)),
);

/** Longest phrases first, so "pere noel" is read before "noel" and "christmas tree" before "christmas". */
export const THEME_PHRASES: ReadonlyArray<readonly [string, ThemeWord]> = [...PHRASES, ...HOLIDAY_PHRASES].sort(
  (a, b) => b[0].length - a[0].length,
);
