/** English messages of the image model picker and the operators' model banner (merged into `en`). */
export const modelsEn = {
  models: {
    label: "Image model",
    hint: "Fast models suit coloring pages; detailed ones take longer for richer pictures.",
    speed: {
      fast: "fast",
      balanced: "balanced",
      detailed: "detailed",
    },
    option: "{label} — {speed}",
    optionRetiring: "{label} — {speed}, until {date}",
    optionRetired: "{label} — replaced by {replacement}",
    quality: "Quality",
    qualityHint: "Higher quality costs more and takes longer; Auto lets the model choose.",
    qualities: {
      low: "Low",
      medium: "Medium",
      high: "High",
      xhigh: "Extra high",
      max: "Maximum",
      auto: "Auto",
    },
    typicalPage: "About {amount} per page at this quality.",
    typicalScene: "About {amount} per picture at this quality.",
    banner: {
      title: "Image models need attention",
      replaced: "{model} is no longer available from OpenAI: {replacement} is used in its place.",
      gone: "{model} is no longer available from OpenAI and no successor is available. Choose another model.",
      announced: "{model} shuts down on {date}; {successor} will take its place.",
      announcedNoSuccessor: "{model} shuts down on {date}.",
      readFailed: "OpenAI's model list could not be read ({error}); Inkwell's own shutdown dates apply meanwhile.",
      fromTable: "Dates come from Inkwell's model table: OpenAI's model list has not been read.",
    },
  },
} as const;
