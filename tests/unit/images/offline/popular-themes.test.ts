import { describe, expect, it } from "vitest";
import { COLORING_PRESETS } from "@/lib/shared/coloring-presets";
import { planColoringPage } from "@/lib/images/offline/plan";
import { AGE_GROUPS } from "@/lib/images/paper";

const FARM = ["cow", "pig", "chicken", "ewe", "horse", "duck", "goat"];
const DINOSAUR = ["sauropod", "t-rex"];
const PUMPKIN = ["jack-o-lantern", "pumpkin"];
const TRUCK = ["articulated-lorry", "delivery-truck", "building-construction"];

/** Popular themes, English and French, with the artwork that must carry their main subject. */
const THEMES: Array<[string, string[]]> = [
  // The presets of the coloring form, in both languages.
  ["An astronaut and a rocket among the planets", ["astronaut"]],
  ["Un astronaute et une fusée parmi les planètes", ["astronaut"]],
  ["Friendly dinosaurs playing at the beach", DINOSAUR],
  ["Des dinosaures rigolos qui jouent à la plage", DINOSAUR],
  ["Under the sea with fish, coral and a turtle", ["tropical-fish", "fish"]],
  ["Sous la mer avec des poissons, du corail et une tortue", ["tropical-fish", "fish"]],
  ["Farm animals in front of a red barn", FARM],
  ["Les animaux de la ferme devant une grange", FARM],
  ["A princess waving from her castle tower", ["princess"]],
  ["Une princesse qui salue depuis la tour de son château", ["princess"]],
  ["Unicorns dancing under a rainbow", ["unicorn"]],
  ["Des licornes qui dansent sous un arc-en-ciel", ["unicorn"]],
  ["Friendly robots walking in a busy city", ["robot"]],
  ["Des robots sympathiques en promenade dans une grande ville", ["robot"]],
  ["A jungle safari with a lion, a giraffe and an elephant", ["lion"]],
  ["Un safari dans la jungle avec un lion, une girafe et un éléphant", ["lion"]],
  ["A pirate ship sailing to a treasure island", ["sailboat", "parrot"]],
  ["Un bateau pirate qui vogue vers l’île au trésor", ["sailboat", "parrot"]],
  ["Brave firefighters with their fire truck", ["fire-engine"]],
  ["Des pompiers courageux et leur camion de pompiers", ["fire-engine"]],
  ["Construction trucks building a road", TRUCK],
  ["Des engins de chantier qui construisent une route", TRUCK],
  ["Butterflies in a flower garden", ["butterfly"]],
  ["Des papillons dans un jardin fleuri", ["butterfly"]],
  ["Children building a snowman in winter", ["snowman"]],
  ["Des enfants qui font un bonhomme de neige en hiver", ["snowman"]],
  ["Smiling Halloween pumpkins and a friendly ghost", PUMPKIN],
  ["Des citrouilles d’Halloween souriantes et un gentil fantôme", PUMPKIN],
  ["A friendly dragon flying over the mountains", ["dragon"]],
  ["Un gentil dragon qui survole les montagnes", ["dragon"]],
  ["Cats and dogs playing together", ["cat"]],
  ["Des chats et des chiens qui jouent ensemble", ["cat"]],
  ["A birthday party with a cake and balloons", ["birthday-cake"]],
  ["Une fête d’anniversaire avec un gâteau et des ballons", ["birthday-cake"]],
  ["Fairies and mushrooms in an enchanted forest", ["fairy"]],
  ["Des fées et des champignons dans une forêt enchantée", ["fairy"]],
  ["A steam train crossing a bridge", ["locomotive"]],
  ["Un train à vapeur qui traverse un pont", ["locomotive"]],
  ["Mermaids swimming with dolphins", ["mermaid"]],
  ["Des sirènes qui nagent avec des dauphins", ["mermaid"]],
  ["A knight and his horse in front of a castle", ["horse", "prince"]],
  ["Un chevalier et son cheval devant un château fort", ["horse", "prince"]],
  ["Camping in the mountains with a tent and a campfire", ["tent"]],
  ["Du camping à la montagne avec une tente et un feu de camp", ["tent"]],
  ["Ladybugs, bees and snails on big leaves", ["lady-beetle"]],
  ["Des coccinelles, des abeilles et des escargots sur de grandes feuilles", ["lady-beetle"]],
  ["A vegetable garden with carrots, pumpkins and tomatoes", ["carrot"]],
  ["Un potager avec des carottes, des potirons et des tomates", ["carrot"]],
  ["Whales jumping in the ocean", ["spouting-whale"]],
  ["Des baleines qui sautent dans l’océan", ["spouting-whale"]],
  ["Airplanes taking off at the airport", ["airplane"]],
  ["Des avions qui décollent à l’aéroport", ["airplane"]],
  // Seasons and holidays.
  ["halloween pumpkins", PUMPKIN],
  ["des citrouilles pour Halloween", PUMPKIN],
  ["a friendly ghost", ["ghost"]],
  ["un gentil fantôme", ["ghost"]],
  ["a witch on her broomstick", ["woman-mage"]],
  ["une sorcière et son chat noir", ["woman-mage"]],
  ["bats in the night sky", ["bat"]],
  ["des chauves-souris", ["bat"]],
  ["a jack-o'-lantern", ["jack-o-lantern"]],
  ["Halloween", PUMPKIN],
  ["christmas tree", ["christmas-tree"]],
  ["un sapin de Noël", ["christmas-tree"]],
  ["Santa and his reindeer", ["santa-claus"]],
  ["le Père Noël et ses rennes", ["santa-claus"]],
  ["reindeer in the snow", ["deer"]],
  ["Joyeux Noël", ["christmas-tree"]],
  ["the Easter bunny with eggs", ["rabbit"]],
  ["le lapin de Pâques", ["rabbit"]],
  ["des œufs de Pâques", ["easter-egg"]],
  ["Valentine hearts", ["red-heart"]],
  ["des cœurs pour la Saint-Valentin", ["red-heart"]],
  ["birthday cake", ["birthday-cake"]],
  ["un gâteau d'anniversaire", ["birthday-cake"]],
  ["a Thanksgiving turkey", ["turkey"]],
  ["autumn leaves", ["fallen-leaf", "maple-leaf"]],
  ["les feuilles d'automne", ["fallen-leaf", "maple-leaf"]],
  ["fireworks for the new year", ["fireworks"]],
  ["a spider in its web", ["spider"]],
  ["a rainbow", ["rainbow"]],
  ["back to school", ["backpack"]],
  // Everyday favourites.
  ["a cute puppy", ["dog"]],
  ["kittens", ["cat"]],
  ["un cheval dans un pré", ["horse"]],
  ["owls in the forest", ["owl"]],
  ["un hibou", ["owl"]],
  ["penguins on the ice", ["penguin"]],
  ["a tractor on the farm", ["tractor"]],
];

describe("popular themes", () => {
  it("cover the form's presets and at least 60 themes in English and French", () => {
    const themes = new Set(THEMES.map(([theme]) => theme));
    for (const preset of COLORING_PRESETS) {
      expect(themes).toContain(preset.theme.en);
      expect(themes).toContain(preset.theme.fr);
    }
    expect(THEMES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(THEMES)("plans %j with its main subject at every age", (theme, main) => {
    for (const ageGroup of AGE_GROUPS) {
      for (const seed of [1, 2]) {
        const plan = planColoringPage({ theme, ageGroup, seed });
        const drawn = plan.subjects.slice(0, Math.max(plan.named, 1)).map((s) => s.name);
        expect(drawn.some((name) => main.includes(name)), `${theme} (${ageGroup}, seed ${seed}): ${drawn.join(", ")}`).toBe(true);
      }
    }
  });
});
