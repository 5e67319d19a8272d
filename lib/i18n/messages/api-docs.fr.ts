/** Messages français de la référence de l'API HTTP (fusionnés dans `fr`). */
export const apiDocsFr = {
  apiDocs: {
    title: "Référence de l’API HTTP",
    intro: "Toutes les routes de ce serveur, générées à partir des schémas avec lesquels le serveur vérifie les requêtes. Envoyez un jeton personnel en « Authorization: Bearer ink_… », ou appelez depuis ce navigateur une fois connecté.",
    download: "Le document OpenAPI 3.1 (JSON)",
    contents: "Sommaire",
    access: "Qui peut l’appeler",
    parameters: "Paramètres",
    parameter: "Nom",
    location: "Dans",
    required: "Obligatoire",
    yes: "oui",
    no: "non",
    schema: "Schéma",
    requestBody: "Corps de la requête",
    example: "Exemple",
    responses: "Réponses",
    status: "Statut",
    description: "Description",
    showSchema: "Afficher le schéma",
    settingsLink: "La référence de l’API HTTP",
  },
} as const;
