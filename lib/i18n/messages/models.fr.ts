import type { Messages } from "../types";

// French typography: a no-break space (\u00a0) goes before « : ? ! ».
/** French messages of the image model picker and the operators' model banner (merged into `fr`). */
export const modelsFr: Pick<Messages, "models"> = {
  models: {
    label: "Modèle d’image",
    hint: "Les modèles rapides conviennent aux coloriages\u00a0; les modèles détaillés prennent plus de temps pour des images plus riches.",
    speed: {
      fast: "rapide",
      balanced: "équilibré",
      detailed: "détaillé",
    },
    option: "{label} — {speed}",
    optionRetiring: "{label} — {speed}, jusqu’au {date}",
    optionRetired: "{label} — remplacé par {replacement}",
    quality: "Qualité",
    qualityHint: "Une qualité plus élevée coûte plus cher et prend plus de temps\u00a0; Auto laisse le modèle choisir.",
    qualities: {
      low: "Basse",
      medium: "Moyenne",
      high: "Haute",
      xhigh: "Très haute",
      max: "Maximale",
      auto: "Auto",
    },
    typicalPage: "Environ {amount} par page à cette qualité.",
    typicalScene: "Environ {amount} par image à cette qualité.",
    banner: {
      title: "Les modèles d’image demandent votre attention",
      replaced: "{model} n’est plus proposé par OpenAI\u00a0: {replacement} est utilisé à sa place.",
      gone: "{model} n’est plus proposé par OpenAI et aucun successeur n’est disponible. Choisissez un autre modèle.",
      announced: "{model} s’arrête le {date}\u00a0; {successor} prendra sa place.",
      announcedNoSuccessor: "{model} s’arrête le {date}.",
      readFailed: "La liste des modèles d’OpenAI n’a pas pu être lue ({error})\u00a0; les dates d’arrêt connues d’Inkwell s’appliquent en attendant.",
      fromTable: "Les dates viennent de la table des modèles d’Inkwell\u00a0: la liste des modèles d’OpenAI n’a pas été lue.",
    },
  },
};
