import type { Messages } from "../types";

/** French messages of coloring books (merged into `fr`). */
export const booksFr: Pick<Messages, "books"> = {
  books: {
    print: {
      by: "par {author}",
      belongsTo: "Ce livre appartient à",
      copyright: "Copyright © {year} {author}",
      copyrightNoAuthor: "Copyright © {year}",
      madeWith: "Réalisé avec Inkwell.",
      creditsHeading: "Illustrations et typographie",
      license: "Licence : {license} ({url})",
    },
  },
};
