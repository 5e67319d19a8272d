import type { EmojiEntry } from "./emoji-index";

/** Child-friendly nouns with their article for the curated subjects: [English, French]. */
const NOUNS: Record<string, [string, string]> = {
  sauropod: ["a dinosaur", "un dinosaure"], "t-rex": ["a T. rex", "un T. rex"], cat: ["a cat", "un chat"],
  dog: ["a dog", "un chien"], poodle: ["a poodle", "un caniche"], rabbit: ["a bunny", "un lapin"],
  horse: ["a horse", "un cheval"], cow: ["a cow", "une vache"], pig: ["a pig", "un cochon"],
  chicken: ["a hen", "une poule"], "hatching-chick": ["a chick", "un poussin"], ewe: ["a sheep", "un mouton"],
  duck: ["a duck", "un canard"], goat: ["a goat", "une chèvre"], "tropical-fish": ["a fish", "un poisson"],
  fish: ["a fish", "un poisson"], octopus: ["an octopus", "une pieuvre"], "spouting-whale": ["a whale", "une baleine"],
  dolphin: ["a dolphin", "un dauphin"], turtle: ["a turtle", "une tortue"], crab: ["a crab", "un crabe"],
  shark: ["a shark", "un requin"], "spiral-shell": ["a seashell", "un coquillage"], monkey: ["a monkey", "un singe"],
  lion: ["a lion", "un lion"], tiger: ["a tiger", "un tigre"], elephant: ["an elephant", "un éléphant"],
  giraffe: ["a giraffe", "une girafe"], zebra: ["a zebra", "un zèbre"], parrot: ["a parrot", "un perroquet"],
  "teddy-bear": ["a teddy bear", "un nounours"], owl: ["an owl", "une chouette"], fox: ["a fox", "un renard"],
  hedgehog: ["a hedgehog", "un hérisson"], chipmunk: ["a squirrel", "un écureuil"], deer: ["a deer", "un cerf"],
  bird: ["a bird", "un oiseau"], "baby-chick": ["a little bird", "un petit oiseau"], butterfly: ["a butterfly", "un papillon"],
  honeybee: ["a bee", "une abeille"], "lady-beetle": ["a ladybug", "une coccinelle"], snail: ["a snail", "un escargot"],
  penguin: ["a penguin", "un manchot"], frog: ["a frog", "une grenouille"], princess: ["a princess", "une princesse"],
  prince: ["a prince", "un prince"], dragon: ["a dragon", "un dragon"], unicorn: ["a unicorn", "une licorne"],
  fairy: ["a fairy", "une fée"], mermaid: ["a mermaid", "une sirène"], mage: ["a wizard", "un magicien"],
  astronaut: ["an astronaut", "un astronaute"], robot: ["a robot", "un robot"], snowman: ["a snowman", "un bonhomme de neige"],
  rocket: ["a rocket", "une fusée"], "ringed-planet": ["a planet", "une planète"], "flying-saucer": ["a flying saucer", "une soucoupe volante"],
  satellite: ["a satellite", "un satellite"], comet: ["a comet", "une comète"], automobile: ["a car", "une voiture"],
  "racing-car": ["a race car", "une voiture de course"], bus: ["a bus", "un bus"], "fire-engine": ["a fire truck", "un camion de pompiers"],
  bicycle: ["a bicycle", "un vélo"], taxi: ["a taxi", "un taxi"], "kick-scooter": ["a scooter", "une trottinette"],
  locomotive: ["a train", "un train"], airplane: ["a plane", "un avion"], sailboat: ["a sailboat", "un voilier"],
  tractor: ["a tractor", "un tracteur"], sunflower: ["a sunflower", "un tournesol"], tulip: ["a tulip", "une tulipe"],
  "deciduous-tree": ["a tree", "un arbre"], mushroom: ["a mushroom", "un champignon"], "birthday-cake": ["a birthday cake", "un gâteau d'anniversaire"],
  balloon: ["a balloon", "un ballon"], "wrapped-gift": ["a present", "un cadeau"], kite: ["a kite", "un cerf-volant"],
  "soccer-ball": ["a ball", "un ballon"], strawberry: ["a strawberry", "une fraise"], cherries: ["cherries", "des cerises"],
  pineapple: ["a pineapple", "un ananas"], cupcake: ["a cupcake", "un petit gâteau"], lollipop: ["a lollipop", "une sucette"],
  "soft-ice-cream": ["an ice cream", "une glace"], "polar-bear": ["a polar bear", "un ours polaire"], seal: ["a seal", "un phoque"],
  blowfish: ["a pufferfish", "un poisson-globe"], eagle: ["an eagle", "un aigle"], llama: ["a llama", "un lama"],
  tent: ["a tent", "une tente"], ram: ["a ram", "un bélier"], "christmas-tree": ["a Christmas tree", "un sapin de Noël"],
  sled: ["a sled", "une luge"], "ballet-dancer": ["a ballerina", "une danseuse"],
  // Seasons and holidays
  pumpkin: ["a pumpkin", "une citrouille"], "jack-o-lantern": ["a jack-o'-lantern", "une citrouille d'Halloween"],
  ghost: ["a ghost", "un fantôme"], bat: ["a bat", "une chauve-souris"], "woman-mage": ["a witch", "une sorcière"],
  "black-cat": ["a black cat", "un chat noir"], spider: ["a spider", "une araignée"], "spider-web": ["a spider web", "une toile d'araignée"],
  broom: ["a broom", "un balai"], candy: ["a sweet", "un bonbon"], "derelict-house": ["a haunted house", "une maison hantée"],
  "santa-claus": ["Santa Claus", "le père Noël"], "mrs-claus": ["Mrs. Claus", "la mère Noël"], elf: ["an elf", "un lutin"],
  bell: ["a bell", "une cloche"], candle: ["a candle", "une bougie"], egg: ["an egg", "un œuf"],
  "easter-egg": ["an Easter egg", "un œuf de Pâques"], basket: ["a basket", "un panier"], "nest-with-eggs": ["a nest", "un nid"],
  "red-heart": ["a heart", "un cœur"], "heart-with-ribbon": ["a heart with a bow", "un cœur avec un nœud"],
  "sparkling-heart": ["a sparkling heart", "un cœur scintillant"], "love-letter": ["a love letter", "une lettre d'amour"],
  bouquet: ["a bouquet", "un bouquet"], "party-popper": ["a party popper", "un cotillon"], "confetti-ball": ["a confetti ball", "une boule de confettis"],
  fireworks: ["fireworks", "un feu d'artifice"], sparkler: ["a sparkler", "un cierge magique"], turkey: ["a turkey", "une dinde"],
  "fallen-leaf": ["autumn leaves", "des feuilles d'automne"], "maple-leaf": ["a maple leaf", "une feuille d'érable"],
  rainbow: ["a rainbow", "un arc-en-ciel"], "four-leaf-clover": ["a four-leaf clover", "un trèfle à quatre feuilles"],
  shamrock: ["a shamrock", "un trèfle"], "red-paper-lantern": ["a paper lantern", "une lanterne"], school: ["a school", "une école"],
  backpack: ["a school bag", "un cartable"], "circus-tent": ["a circus tent", "un chapiteau"], "carousel-horse": ["a carousel horse", "un cheval de manège"],
  "delivery-truck": ["a truck", "un camion"], "articulated-lorry": ["a big truck", "un gros camion"], "pickup-truck": ["a pickup truck", "une camionnette"],
  "building-construction": ["a building site", "un chantier"], mouse: ["a mouse", "une souris"], tomato: ["a tomato", "une tomate"],
  carrot: ["a carrot", "une carotte"],
};

function guessEnglish(label: string): string {
  return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}

/** French labels give no gender: most nouns ending in -e are feminine, a fair guess. */
function guessFrench(label: string): string {
  const first = label.split(/[\s:]/)[0] ?? label;
  return /e$/.test(first) ? `une ${label}` : `un ${label}`;
}

/** A subject as a short noun phrase with its article, in English or French. */
export function nounFor(entry: Pick<EmojiEntry, "name" | "label">, locale: "en" | "fr"): string {
  const known = NOUNS[entry.name];
  if (known) return locale === "en" ? known[0] : known[1];
  return locale === "en" ? guessEnglish(entry.label.en.toLowerCase()) : guessFrench(entry.label.fr.toLowerCase());
}
