import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiOperation, type OperationDoc } from "@/components/api-docs/api-operation";
import { createTranslator } from "@/lib/i18n";
import { buildOpenApiDocument } from "@/lib/openapi/document";

const document = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, OperationDoc>> };

function render(locale: "en" | "fr", path: string, method: string): string {
  return renderToStaticMarkup(createElement(ApiOperation, { method, path, operation: document.paths[path]![method]!, t: createTranslator(locale) }));
}

describe("the API reference's operation", () => {
  it("shows the method, path, summary, parameters, example and answers under labelled headings", () => {
    const html = render("en", "/api/scenes", "post");
    expect(html).toContain('aria-labelledby="postApiScenes"');
    expect(html).toMatch(/<h3 id="postApiScenes"[^>]*>.*post.*\/api\/scenes/);
    expect(html).toContain("Illustrate one description, without a script");
    expect(html).toContain("<caption");
    expect(html).toContain('<th scope="col">Name</th>');
    expect(html).toContain("Coffee beans roasting in a drum");
    expect(html).toContain(">202</dt>");
    expect(html).toContain(">401</dt>");
  });

  it("speaks French to French readers", () => {
    const html = render("fr", "/api/scenes", "post");
    expect(html).toContain("Paramètres");
    expect(html).toContain("Corps de la requête");
    expect(html).toContain("Réponses");
    expect(html).not.toContain("Request body");
  });

  it("leaves out the parameter table when there is nothing to pass", () => {
    expect(render("en", "/api/models", "get")).not.toContain("<table");
  });
});
