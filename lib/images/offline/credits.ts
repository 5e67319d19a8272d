/** Where a piece of bundled artwork, data or type comes from, for the About page and README. */
export interface ArtCredit {
  name: string;
  license: string;
  url: string;
  usage: string;
}

/** Credits for everything the offline engine draws with. Twemoji's CC-BY 4.0 requires this attribution. */
export const ART_CREDITS: readonly ArtCredit[] = Object.freeze([
  {
    name: "Twemoji by Twitter, Inc. (X Corp.) and other contributors",
    license: "CC-BY-4.0",
    url: "https://github.com/jdecked/twemoji",
    usage: "Subject and prop artwork, converted to outlines (via the @iconify-json/twemoji package)",
  },
  {
    name: "Emojibase data by Miles Johnson",
    license: "MIT",
    url: "https://emojibase.dev",
    usage: "English and French emoji labels and tags used to match themes to artwork",
  },
  {
    name: "Fredoka by Milena Brandão and Hafontia",
    license: "OFL-1.1",
    url: "https://fonts.google.com/specimen/Fredoka",
    usage: "Outlined page titles (via the @fontsource/fredoka package)",
  },
]);
