/** English messages of coloring books (merged into `en`). */
export const booksEn = {
  books: {
    print: {
      by: "by {author}",
      belongsTo: "This book belongs to",
      copyright: "Copyright © {year} {author}",
      copyrightNoAuthor: "Copyright © {year}",
      madeWith: "Made with Inkwell.",
      creditsHeading: "Artwork and type",
      license: "Licence: {license} ({url})",
    },
  },
} as const;
