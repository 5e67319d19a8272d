/** English messages of the print check shown with each page (merged into `en`). */
export const printCheckEn = {
  printCheck: {
    heading: "Print check",
    passed: "Ready to print: every check passed.",
    failed_one: "{count} check did not pass. The page is kept; you may want to make it again.",
    failed_other: "{count} checks did not pass. The page is kept; you may want to make it again.",
    ageGroup: "Checked for {age}, printed at 300 DPI.",
    passLabel: "passed",
    failLabel: "needs attention",
    highlightHint: "Point at or focus a check that did not pass to outline where it is on the page.",
    notChecked: "This page was made before pages were checked for printing.",
    libraryFlag: "Print check: {items}",
    libraryFlagLabel: "Needs attention",
    short: {
      grey: "grey",
      coverage: "ink",
      lines: "thin lines",
      areas: "tiny areas",
      leaks: "open outlines",
      specks: "specks",
      solids: "solid black",
    },
    items: {
      grey: { pass: "No grey or color: it prints in clean black and white.", fail: "Grey or colored spots that print as smudges ({share} of the page)." },
      coverage: {
        pass: "Ink covers {share} of the page.",
        tooLittle: "Very little ink ({share} of the page): the drawing may be faint or unfinished.",
        tooMuch: "A lot of black ink ({share} of the page, at most {limit}): hard to color and costly to print.",
      },
      lines: {
        pass: "Lines {median} thick (thinnest {p5}): bold enough for this age.",
        none: "No lines to measure.",
        fail: "Some lines are too thin for this age: {p5}, at least {limit} is needed.",
      },
      areas: {
        pass_one: "{count} area to color, the smallest {smallest}.",
        pass_other: "{count} areas to color, the smallest {smallest}.",
        fail: "Too many areas too small to color: {slivers} of {count} are under {limit}.",
      },
      leaks: {
        pass: "Outlines are closed: color stays inside.",
        fail_one: "{count} gap in an outline where color could spill over.",
        fail_other: "{count} gaps in outlines where color could spill over.",
      },
      specks: {
        pass: "No stray specks.",
        fail_one: "{count} stray speck or tiny hole between lines.",
        fail_other: "{count} stray specks or tiny holes between lines.",
      },
      solids: {
        pass: "No large solid black areas.",
        fail_one: "{count} large solid black area that cannot be colored.",
        fail_other: "{count} large solid black areas that cannot be colored.",
      },
    },
  },
} as const;
