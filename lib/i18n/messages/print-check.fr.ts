import type { Messages } from "../types";

// French typography: a no-break space (\u00a0) goes before « : ? ! ».

/** Messages français du contrôle d'impression de chaque page (fusionnés dans `fr`). */
export const printCheckFr: Pick<Messages, "printCheck"> = {
  printCheck: {
    heading: "Contrôle d’impression",
    passed: "Prête à imprimer : tous les contrôles sont réussis.",
    failed_one: "{count} contrôle n’est pas réussi. La page est gardée ; vous pouvez la refaire.",
    failed_other: "{count} contrôles ne sont pas réussis. La page est gardée ; vous pouvez la refaire.",
    ageGroup: "Contrôlée pour {age}, imprimée à 300 DPI.",
    passLabel: "réussi",
    failLabel: "à revoir",
    highlightHint: "Survolez ou sélectionnez un contrôle non réussi pour entourer l’endroit sur la page.",
    notChecked: "Cette page a été faite avant le contrôle d’impression des pages.",
    libraryFlag: "Contrôle d’impression : {items}",
    libraryFlagLabel: "À revoir",
    short: {
      grey: "gris",
      coverage: "encre",
      lines: "traits fins",
      areas: "zones minuscules",
      leaks: "contours ouverts",
      specks: "points parasites",
      solids: "aplats noirs",
    },
    items: {
      grey: { pass: "Ni gris ni couleur : elle s’imprime en noir et blanc net.", fail: "Des taches grises ou colorées qui s’impriment en bavures ({share} de la page)." },
      coverage: {
        pass: "L’encre couvre {share} de la page.",
        tooLittle: "Très peu d’encre ({share} de la page) : le dessin risque d’être pâle ou incomplet.",
        tooMuch: "Beaucoup d’encre noire ({share} de la page, au plus {limit}) : difficile à colorier et coûteux à imprimer.",
      },
      lines: {
        pass: "Traits de {median} (les plus fins {p5}) : assez épais pour cet âge.",
        none: "Aucun trait à mesurer.",
        fail: "Certains traits sont trop fins pour cet âge : {p5}, il faut au moins {limit}.",
      },
      areas: {
        pass_one: "{count} zone à colorier, la plus petite {smallest}.",
        pass_other: "{count} zones à colorier, la plus petite {smallest}.",
        fail: "Trop de zones trop petites pour être coloriées : {slivers} sur {count} font moins de {limit}.",
      },
      leaks: {
        pass: "Les contours sont fermés : la couleur reste à l’intérieur.",
        fail_one: "{count} trou dans un contour par où la couleur peut déborder.",
        fail_other: "{count} trous dans les contours par où la couleur peut déborder.",
      },
      specks: {
        pass: "Aucun point parasite.",
        fail_one: "{count} point parasite ou petit trou entre les traits.",
        fail_other: "{count} points parasites ou petits trous entre les traits.",
      },
      solids: {
        pass: "Aucun grand aplat noir.",
        fail_one: "{count} grand aplat noir impossible à colorier.",
        fail_other: "{count} grands aplats noirs impossibles à colorier.",
      },
    },
  },
};
