/** The backgrounds the offline composer can draw. */
export const SETTING_IDS = [
  "beach", "space", "underwater", "forest", "farm", "city", "castle", "jungle",
  "mountains", "meadow", "home", "winter", "plain", "halloween", "christmas", "easter", "party", "valentine",
] as const;
export type SettingId = (typeof SETTING_IDS)[number];

export interface SettingInfo {
  /** Friendly subjects that belong there, in order of preference (Twemoji names). */
  companions: string[];
  /** Subjects float (no ground line to stand on). */
  floating: boolean;
  /** Where the scene happens, for a scene sentence: [English, French]. */
  place: [string, string];
}

export const SETTINGS: Record<SettingId, SettingInfo> = {
  beach: {
    companions: ["crab", "turtle", "spiral-shell", "seal", "umbrella-on-ground"],
    floating: false,
    place: ["on a sunny beach with palm trees", "sur une plage ensoleillée avec des palmiers"],
  },
  space: {
    companions: ["rocket", "astronaut", "flying-saucer", "satellite", "robot", "comet"],
    floating: true,
    place: ["among the stars and planets in outer space", "parmi les étoiles et les planètes dans l'espace"],
  },
  underwater: {
    companions: ["tropical-fish", "octopus", "turtle", "dolphin", "spouting-whale", "crab", "blowfish"],
    floating: true,
    place: ["under the sea among seaweed and bubbles", "sous la mer parmi les algues et les bulles"],
  },
  forest: {
    companions: ["owl", "hedgehog", "chipmunk", "rabbit", "snail", "mushroom"],
    floating: false,
    place: ["in a friendly forest full of trees", "dans une jolie forêt pleine d'arbres"],
  },
  farm: {
    companions: ["cow", "pig", "chicken", "ewe", "horse", "duck", "goat", "tractor"],
    floating: false,
    place: ["on a farm with a red barn and a fence", "dans une ferme avec une grange et une barrière"],
  },
  city: {
    companions: ["automobile", "bus", "fire-engine", "bicycle", "taxi", "kick-scooter"],
    floating: false,
    place: ["in a busy city with tall buildings", "dans une ville avec de grands immeubles"],
  },
  castle: {
    companions: ["princess", "unicorn", "dragon", "prince", "horse", "mage"],
    floating: false,
    place: ["in front of a fairy-tale castle", "devant un château de conte de fées"],
  },
  jungle: {
    companions: ["monkey", "lion", "elephant", "giraffe", "parrot", "tiger", "zebra"],
    floating: false,
    place: ["in a jungle with big leaves and vines", "dans la jungle avec de grandes feuilles et des lianes"],
  },
  mountains: {
    companions: ["goat", "eagle", "llama", "tent", "ram"],
    floating: false,
    place: ["in the mountains under a bright sky", "à la montagne sous un ciel lumineux"],
  },
  meadow: {
    companions: ["butterfly", "lady-beetle", "honeybee", "snail", "rabbit", "sunflower", "tulip"],
    floating: false,
    place: ["in a meadow full of flowers", "dans une prairie pleine de fleurs"],
  },
  home: {
    companions: ["teddy-bear", "cat", "dog", "balloon", "wrapped-gift", "kite"],
    floating: false,
    place: ["in a cosy room at home", "dans une chambre douillette à la maison"],
  },
  winter: {
    companions: ["snowman", "penguin", "polar-bear", "christmas-tree", "seal", "sled"],
    floating: false,
    place: ["in a snowy winter landscape", "dans un paysage d'hiver enneigé"],
  },
  plain: {
    companions: ["teddy-bear", "rabbit", "cat", "dog", "balloon", "butterfly"],
    floating: false,
    place: ["on a sunny day", "par une belle journée"],
  },
  halloween: {
    companions: ["jack-o-lantern", "ghost", "bat", "black-cat", "woman-mage", "owl", "candy"],
    floating: false,
    place: ["on a Halloween night under a big moon", "par une nuit d'Halloween sous une grosse lune"],
  },
  christmas: {
    companions: ["christmas-tree", "santa-claus", "wrapped-gift", "deer", "snowman", "bell", "sled"],
    floating: false,
    place: ["in a snowy Christmas landscape", "dans un paysage de Noël enneigé"],
  },
  easter: {
    companions: ["rabbit", "easter-egg", "hatching-chick", "basket", "tulip", "butterfly", "ewe"],
    floating: false,
    place: ["in a spring meadow on Easter morning", "dans une prairie de printemps le matin de Pâques"],
  },
  party: {
    companions: ["birthday-cake", "balloon", "wrapped-gift", "party-popper", "cupcake", "teddy-bear"],
    floating: false,
    place: ["at a party with garlands and balloons", "à une fête avec des guirlandes et des ballons"],
  },
  valentine: {
    companions: ["red-heart", "teddy-bear", "love-letter", "heart-with-ribbon", "bouquet", "sparkling-heart"],
    floating: false,
    place: ["in a room decorated with hearts", "dans une pièce décorée de cœurs"],
  },
};

/** Friendly subjects for a theme nothing matched: a page is never empty. */
export const DEFAULT_SUBJECTS = [
  "teddy-bear", "rabbit", "cat", "dog", "unicorn", "turtle", "butterfly", "elephant", "snail", "rocket", "owl", "penguin",
];
