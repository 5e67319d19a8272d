/** A ready-made theme for the coloring page form, written in every interface language. */
export interface ColoringPreset {
  id: string;
  theme: { en: string; fr: string };
  /** Decorative only: the button's accessible name is the theme text. */
  emoji: string;
}

export const COLORING_PRESETS: readonly ColoringPreset[] = [
  { id: "space", theme: { en: "An astronaut and a rocket among the planets", fr: "Un astronaute et une fusée parmi les planètes" }, emoji: "🚀" },
  { id: "dinosaurs-beach", theme: { en: "Friendly dinosaurs playing at the beach", fr: "Des dinosaures rigolos qui jouent à la plage" }, emoji: "🦕" },
  { id: "under-the-sea", theme: { en: "Under the sea with fish, coral and a turtle", fr: "Sous la mer avec des poissons, du corail et une tortue" }, emoji: "🐠" },
  { id: "farm-animals", theme: { en: "Farm animals in front of a red barn", fr: "Les animaux de la ferme devant une grange" }, emoji: "🐄" },
  { id: "princess-castle", theme: { en: "A princess waving from her castle tower", fr: "Une princesse qui salue depuis la tour de son château" }, emoji: "🏰" },
  { id: "unicorns", theme: { en: "Unicorns dancing under a rainbow", fr: "Des licornes qui dansent sous un arc-en-ciel" }, emoji: "🦄" },
  { id: "robots-city", theme: { en: "Friendly robots walking in a busy city", fr: "Des robots sympathiques en promenade dans une grande ville" }, emoji: "🤖" },
  { id: "jungle-safari", theme: { en: "A jungle safari with a lion, a giraffe and an elephant", fr: "Un safari dans la jungle avec un lion, une girafe et un éléphant" }, emoji: "🦁" },
  { id: "pirate-ship", theme: { en: "A pirate ship sailing to a treasure island", fr: "Un bateau pirate qui vogue vers l’île au trésor" }, emoji: "🏴‍☠️" },
  { id: "firefighters", theme: { en: "Brave firefighters with their fire truck", fr: "Des pompiers courageux et leur camion de pompiers" }, emoji: "🚒" },
  { id: "construction-trucks", theme: { en: "Construction trucks building a road", fr: "Des engins de chantier qui construisent une route" }, emoji: "🚜" },
  { id: "butterflies-garden", theme: { en: "Butterflies in a flower garden", fr: "Des papillons dans un jardin fleuri" }, emoji: "🦋" },
  { id: "winter-snowman", theme: { en: "Children building a snowman in winter", fr: "Des enfants qui font un bonhomme de neige en hiver" }, emoji: "⛄" },
  { id: "halloween-pumpkins", theme: { en: "Smiling Halloween pumpkins and a friendly ghost", fr: "Des citrouilles d’Halloween souriantes et un gentil fantôme" }, emoji: "🎃" },
  { id: "dragons", theme: { en: "A friendly dragon flying over the mountains", fr: "Un gentil dragon qui survole les montagnes" }, emoji: "🐉" },
  { id: "cats-dogs", theme: { en: "Cats and dogs playing together", fr: "Des chats et des chiens qui jouent ensemble" }, emoji: "🐶" },
  { id: "birthday-party", theme: { en: "A birthday party with a cake and balloons", fr: "Une fête d’anniversaire avec un gâteau et des ballons" }, emoji: "🎂" },
  { id: "fairy-forest", theme: { en: "Fairies and mushrooms in an enchanted forest", fr: "Des fées et des champignons dans une forêt enchantée" }, emoji: "🧚" },
  { id: "trains", theme: { en: "A steam train crossing a bridge", fr: "Un train à vapeur qui traverse un pont" }, emoji: "🚂" },
  { id: "mermaids", theme: { en: "Mermaids swimming with dolphins", fr: "Des sirènes qui nagent avec des dauphins" }, emoji: "🧜" },
  { id: "knights", theme: { en: "A knight and his horse in front of a castle", fr: "Un chevalier et son cheval devant un château fort" }, emoji: "🛡️" },
  { id: "mountain-camping", theme: { en: "Camping in the mountains with a tent and a campfire", fr: "Du camping à la montagne avec une tente et un feu de camp" }, emoji: "🏕️" },
  { id: "insects", theme: { en: "Ladybugs, bees and snails on big leaves", fr: "Des coccinelles, des abeilles et des escargots sur de grandes feuilles" }, emoji: "🐞" },
  { id: "vegetable-garden", theme: { en: "A vegetable garden with carrots, pumpkins and tomatoes", fr: "Un potager avec des carottes, des potirons et des tomates" }, emoji: "🥕" },
  { id: "ocean-whales", theme: { en: "Whales jumping in the ocean", fr: "Des baleines qui sautent dans l’océan" }, emoji: "🐋" },
  { id: "airport-planes", theme: { en: "Airplanes taking off at the airport", fr: "Des avions qui décollent à l’aéroport" }, emoji: "✈️" },
];

/** The preset's theme in the interface language (English for any language without its own). */
export function presetTheme(preset: ColoringPreset, locale: string): string {
  return locale === "fr" ? preset.theme.fr : preset.theme.en;
}
