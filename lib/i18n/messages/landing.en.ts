/**
 * English messages of the landing page for signed-out visitors, of the About page, and the words
 * download names are made of (ASCII, lowercase: they become file names) (merged into `en`).
 */
export const landingEn = {
  landing: {
    title: "Printable coloring pages from your words and photos",
    intro: "Type a theme like “dinosaurs at the beach”, or give a photo of your cat: Inkwell draws a clean black-and-white page to print at home or at school, sized for the child who will color it.",
    free: "Free, no key needed: pages are drawn on this server by the built-in offline engine.",
    makesTitle: "What Inkwell makes",
    makes: {
      themes: "Coloring pages from a theme, for ages 3 to adult",
      photos: "Coloring pages traced from your photos",
      books: "Coloring books, for home printing or print-on-demand",
      scripts: "One picture per scene of a video script",
    },
    examplesTitle: "Example pages",
    examplesNote: "Drawn by the offline engine, exactly as you would get them.",
    exampleAlt: "A coloring page titled “{title}”, black outlines on white paper",
    exampleCaption: "{title} · ages {ages}",
    examples: {
      dinosaurs: "Dinosaurs at the beach",
      castle: "A castle with a dragon",
      sea: "Under the sea",
    },
    startTitle: "Start making pages",
    signUp: "Create a free account",
    signIn: "I already have an account",
    inviteOnly: "New accounts on this server are by invitation: ask its administrator for a link.",
    learnMore: "How it works: printing, age groups, photos and privacy",
  },
  downloads: {
    coloring: "coloring",
    photo: "coloring",
    scene: "scene",
    variation: "variation",
    edit: "edit",
    image: "image",
    script: "script",
    untitled: "untitled",
    book: "book",
    bookPages: "pages",
    bookCover: "cover",
    bookInterior: "interior",
  },
  aboutPage: {
    printTitle: "How to print",
    print: {
      p1: "Open a page and choose Print, or download its PDF: both are laid out for Letter or A4, with margins a home printer can reach.",
      p2: "In the print dialog, choose the same paper, 100% scale (“Actual size”, not “Fit to page”) and no extra margins.",
      p3: "Each page is checked before you get it: lines thick enough, areas large enough to color, no gaps where crayons would escape.",
    },
    agesTitle: "Age groups",
    ages: {
      "3-5": "Ages 3–5: thick lines, a few big areas, no small details.",
      "6-9": "Ages 6–9: clear lines, a simple background, medium areas.",
      "10-12": "Ages 10–12: finer lines, more detail and patterns.",
      adult: "Adults: fine lines and intricate patterns everywhere.",
    },
    photosTitle: "Photos and privacy",
    photos: {
      p1: "Your photos are kept on this server, visible only to your account, for making pages again with other settings.",
      p2: "Location and camera details (EXIF, GPS) are removed from every photo when it arrives.",
      p3: "Trace works on this server and sends nothing away. Redraw, when the server offers it, sends the photo to OpenAI to draw the page.",
      p4: "Deleting a photo deletes it and every page made from it.",
    },
    creditsUsage: {
      twemoji: "Subject and prop artwork: converted to black outlines for coloring pages (changed from the original colour art; a pumpkin drawn without its carved face and a decorated Easter egg are derived from the jack-o'-lantern and egg icons), in its own colours for storyboard frames; via @iconify-json/twemoji",
      emojibase: "English and French emoji labels and tags used to match themes to artwork",
      fredoka: "Outlined page titles (via the @fontsource/fredoka package)",
    },
  },
} as const;
