/** Where a piece of bundled artwork, data or type comes from, for the About page and README. */
export interface ArtCredit {
  /** Names the credit's usage line in the interface catalogues (`aboutPage.creditsUsage.<key>`). */
  key: "twemoji" | "emojibase" | "fredoka";
  name: string;
  license: string;
  url: string;
  usage: string;
}

/** Credits for everything the offline engine draws with. Twemoji's CC-BY 4.0 requires this attribution. */
export const ART_CREDITS: readonly ArtCredit[] = Object.freeze([
  {
    key: "twemoji",
    name: "Twemoji, copyright Twitter, Inc. (X Corp.) and other contributors",
    license: "CC-BY-4.0",
    url: "https://github.com/jdecked/twemoji",
    usage: "Subject and prop artwork: converted to black outlines for coloring pages (changed from the original colour art; a pumpkin drawn without its carved face and a decorated Easter egg are derived from the jack-o'-lantern and egg icons), in its own colours for storyboard frames; via @iconify-json/twemoji",
  },
  {
    key: "emojibase",
    name: "Emojibase data by Miles Johnson",
    license: "MIT",
    url: "https://emojibase.dev",
    usage: "English and French emoji labels and tags used to match themes to artwork",
  },
  {
    key: "fredoka",
    name: "Fredoka, copyright 2016 The Fredoka Project Authors",
    license: "OFL-1.1",
    url: "https://github.com/hafontia/Fredoka-One",
    usage: "Outlined page titles (via the @fontsource/fredoka package)",
  },
]);
