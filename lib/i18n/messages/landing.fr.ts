import type { DeepStringify } from "../types";
import type { landingEn } from "./landing.en";

/** Messages français de la page d’accueil des visiteurs et de la page À propos. */
export const landingFr: DeepStringify<typeof landingEn> = {
  landing: {
    title: "Des coloriages à imprimer, à partir de vos mots et de vos photos",
    intro: "Tapez un thème comme «\u00a0des dinosaures à la plage\u00a0», ou donnez la photo de votre chat\u00a0: Inkwell dessine une page en noir et blanc, nette, à imprimer à la maison ou à l’école, adaptée à l’enfant qui la coloriera.",
    free: "Gratuit, sans clé\u00a0: les pages sont dessinées sur ce serveur par le moteur hors ligne intégré.",
    makesTitle: "Ce que fait Inkwell",
    makes: {
      themes: "Des coloriages à partir d’un thème, de 3 ans aux adultes",
      photos: "Des coloriages tracés à partir de vos photos",
      books: "Des cahiers de coloriage, à imprimer chez vous ou à la demande",
      scripts: "Une image par scène d’un script vidéo",
    },
    examplesTitle: "Exemples de pages",
    examplesNote: "Dessinées par le moteur hors ligne, telles que vous les obtiendrez.",
    exampleAlt: "Un coloriage intitulé «\u00a0{title}\u00a0», contours noirs sur papier blanc",
    exampleCaption: "{title} · {ages} ans",
    examples: {
      dinosaurs: "Des dinosaures à la plage",
      castle: "Un château avec un dragon",
      sea: "Sous la mer",
    },
    startTitle: "Commencez vos pages",
    signUp: "Créer un compte gratuit",
    signIn: "J’ai déjà un compte",
    inviteOnly: "Sur ce serveur, les comptes se créent sur invitation\u00a0: demandez un lien à son administrateur.",
    learnMore: "Comment ça marche\u00a0: impression, âges, photos et confidentialité",
  },
  downloads: {
    coloring: "coloriage",
    photo: "coloriage",
    scene: "scene",
    variation: "variante",
    edit: "retouche",
    image: "image",
    script: "script",
    untitled: "sans-titre",
    book: "livre",
    bookPages: "pages",
    bookCover: "couverture",
    bookInterior: "interieur",
  },
  aboutPage: {
    printTitle: "Comment imprimer",
    print: {
      p1: "Ouvrez une page et choisissez Imprimer, ou téléchargez son PDF\u00a0: les deux sont mis en page pour le format Lettre ou A4, avec des marges qu’une imprimante de maison sait atteindre.",
      p2: "Dans la fenêtre d’impression, choisissez le même papier, l’échelle 100\u00a0% («\u00a0Taille réelle\u00a0», pas «\u00a0Ajuster à la page\u00a0») et aucune marge supplémentaire.",
      p3: "Chaque page est vérifiée avant de vous être donnée\u00a0: traits assez épais, zones assez grandes pour colorier, pas d’ouverture par où le crayon s’échapperait.",
    },
    agesTitle: "Tranches d’âge",
    ages: {
      "3-5": "3–5 ans\u00a0: traits épais, quelques grandes zones, pas de petits détails.",
      "6-9": "6–9 ans\u00a0: traits nets, décor simple, zones moyennes.",
      "10-12": "10–12 ans\u00a0: traits plus fins, plus de détails et de motifs.",
      adult: "Adultes\u00a0: traits fins et motifs détaillés partout.",
    },
    photosTitle: "Photos et confidentialité",
    photos: {
      p1: "Vos photos sont gardées sur ce serveur, visibles par votre seul compte, pour refaire des pages avec d’autres réglages.",
      p2: "Le lieu et les détails de l’appareil (EXIF, GPS) sont retirés de chaque photo dès son arrivée.",
      p3: "Le tracé se fait sur ce serveur et n’envoie rien ailleurs. Le redessin, quand le serveur le propose, envoie la photo à OpenAI pour dessiner la page.",
      p4: "Supprimer une photo supprime aussi toutes les pages faites à partir d’elle.",
    },
    creditsUsage: {
      twemoji: "Dessins des sujets et des accessoires\u00a0: convertis en contours noirs pour les coloriages (modifiés par rapport aux dessins en couleur d’origine\u00a0; une citrouille sans visage sculpté et un œuf de Pâques décoré sont tirés des icônes de citrouille d’Halloween et d’œuf), dans leurs propres couleurs pour les images de storyboard\u00a0; via @iconify-json/twemoji",
      emojibase: "Noms et mots-clés des emoji en anglais et en français, pour associer les thèmes aux dessins",
      fredoka: "Titres en contour des pages (via le paquet @fontsource/fredoka)",
    },
  },
};
