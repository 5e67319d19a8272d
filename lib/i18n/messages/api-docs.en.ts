/** English messages of the HTTP API reference page (merged into `en`). */
export const apiDocsEn = {
  apiDocs: {
    title: "HTTP API reference",
    intro: "Every route of this server, generated from the schemas the server checks requests with. Send a personal token as “Authorization: Bearer ink_…”, or call from this browser while signed in.",
    download: "The OpenAPI 3.1 document (JSON)",
    contents: "Contents",
    access: "Who may call it",
    parameters: "Parameters",
    parameter: "Name",
    location: "In",
    required: "Required",
    yes: "yes",
    no: "no",
    schema: "Schema",
    requestBody: "Request body",
    example: "Example",
    responses: "Responses",
    status: "Status",
    description: "Description",
    showSchema: "Show the schema",
    settingsLink: "The HTTP API reference",
  },
} as const;
