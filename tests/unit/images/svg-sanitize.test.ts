import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseSvg, sanitizeSvg, SVG_LIMITS } from "@/lib/images/svg";
import { walkElements } from "@/lib/images/svg/tree";

const wrap = (body: string, attributes = ""): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" ${attributes}>${body}</svg>`;

function refused(text: string): AppError {
  try {
    sanitizeSvg(text);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid:svg");
    return error as AppError;
  }
  throw new Error("the SVG was accepted");
}

/** Nothing that can run, fetch or hide content survives, whatever the spelling. */
function expectClean(out: string): void {
  expect(out.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const rest = out.replace('xmlns="http://www.w3.org/2000/svg"', "");
  expect(rest).not.toMatch(/<script|<style|<foreignObject|<image|<iframe|<animate|<set|<a[\s>]|<use/i);
  expect(rest).not.toMatch(/\son[a-z]+=/i);
  expect(rest).not.toMatch(/javascript|vbscript|data:|https?:|\/\/|file:|@import|expression\(/i);
  expect(rest).not.toMatch(/href/i);
  // The output is itself well-formed SVG.
  expect(parseSvg(out).name).toBe("svg");
}

describe("sanitizeSvg strips everything that is not drawing", () => {
  it("removes scripts, styles, foreign objects, images, iframes and animations with their content", () => {
    const out = sanitizeSvg(
      wrap(
        `<script>alert(1)</script><script><![CDATA[alert(2)]]></script><style>@import url(http://evil.test/x.css); rect { fill: url(http://evil.test/) }</style>` +
          `<foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><script>alert(3)</script></body></foreignObject>` +
          `<image href="http://evil.test/x.png" width="10" height="10"/><image xlink:href="data:image/png;base64,AAAA"/>` +
          `<iframe src="http://evil.test"/><rect width="10" height="10"><animate attributeName="href" to="javascript:alert(4)"/><set attributeName="onclick" to="alert(5)"/></rect>` +
          `<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(6)</svg:script><circle r="5"/>`,
      ),
    );
    expectClean(out);
    expect(out).toContain("<circle");
    expect(out).toContain("<rect");
    expect(out).not.toContain("alert");
  });

  it("drops every event attribute, on any element and in any case", () => {
    const out = sanitizeSvg(wrap(`<g onclick="a()" ONMOUSEOVER="b()"><rect width="5" height="5" onload="c()" onbegin="d()" OnFocusIn="e()"/></g>`, `onload="f()"`));
    expectClean(out);
    expect(out).not.toMatch(/[a-f]\(\)/);
  });

  it("unwraps links, keeping their drawing but not their targets", () => {
    const out = sanitizeSvg(wrap(`<a href="javascript:alert(1)"><a xlink:href="http://evil.test"><rect id="kept" width="5" height="5"/></a></a>`));
    expectClean(out);
    expect(out).toContain('id="kept"');
  });

  it("refuses external, data and script URLs however they are spelt, and keeps internal references", () => {
    const tricks = [
      `fill="url(http://evil.test/#g)"`,
      `fill="url('data:image/svg+xml;base64,AAAA')"`,
      `stroke="url(javascript:alert(1))"`,
      `fill="url(&#x6a;avascript:alert(1))"`,
      `clip-path="url(//evil.test/a#b)"`,
      `style="fill: url(http://evil.test/x)"`,
      `style="fill: u\\72l(http://evil.test/x)"`,
      `style="stroke: red; background: url(http://evil.test/x)"`,
      `style="fill:expression(alert(1))"`,
      `transform="translate(1 1)" style="/* */ fill: red"`,
      `filter="url(http://evil.test/#f)"`,
      `mask="url(#m)"`,
      `font-family="java&#09;script:alert(1)"`,
    ];
    for (const trick of tricks) {
      const out = sanitizeSvg(wrap(`<rect width="5" height="5" ${trick}/>`));
      expectClean(out);
    }
    // A style with a comment, an escape, a block or an at-rule is dropped whole: what it hides cannot be checked.
    for (const style of ["fill: red /* x */", "fill: r\\65 d", "fill: red; @media print { fill: blue }", "fill: red; } rect { fill: blue"]) {
      expect(sanitizeSvg(wrap(`<rect width="5" height="5" style="${style}"/>`)), style).toContain('<rect width="5" height="5"/>');
    }
    const internal = sanitizeSvg(wrap(`<linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient><rect width="5" height="5" fill="url(#g)" style="stroke: blue"/>`));
    expect(internal).toContain('fill="url(#g)"');
    expect(internal).toContain('stroke="blue"');
  });

  it("copies internal <use> references in place and drops external or circular ones", () => {
    const out = sanitizeSvg(
      wrap(
        `<defs><path id="leaf" d="M0 0 L5 5" fill="green"/><g id="loop"><use href="#loop"/><circle r="1"/></g></defs>` +
          `<use href="#leaf" x="10" y="20" fill="red"/><use xlink:href="#leaf" transform="scale(2)"/><use href="http://evil.test/x.svg#a"/><use href="#missing"/><use href="#loop"/>`,
      ),
    );
    expectClean(out);
    expect(out).toContain('<g fill="red" transform="translate(10 20)"><path d="M0 0 L5 5" fill="green"/></g>');
    expect(out).toContain('<g transform="scale(2)"><path d="M0 0 L5 5" fill="green"/></g>');
  });

  it("escapes text so that it cannot open a tag", () => {
    const out = sanitizeSvg(wrap(`<text x="1" y="9">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</text><title>a "quoted" &lt;b&gt;</title>`));
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    expect(out).not.toContain("<script");
  });
});

describe("sanitizeSvg refuses documents it cannot parse safely", () => {
  it("refuses DOCTYPEs and entities: billion laughs and external entities", () => {
    refused(`<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${wrap("<text>&c;</text>")}`);
    refused(`<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${wrap("<text>&xxe;</text>")}`);
    refused(`<!doctype svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${wrap("")}`);
  });

  it("refuses what is not well-formed, or not an <svg>", () => {
    expect(refused(wrap("<g><rect></g>")).message).toMatch(/well-formed/);
    expect(refused(`<html><body/></html>`).message).toMatch(/root element is not <svg>/);
    refused(`${wrap("")}${wrap("")}`);
    refused("");
    refused("not xml at all");
  });

  it("refuses documents past each limit, and accepts them just inside", () => {
    const nested = (depth: number): string => wrap(`${"<g>".repeat(depth)}<rect width="1" height="1"/>${"</g>".repeat(depth)}`);
    // The root is depth 0 and the rect sits one below the innermost group.
    expect(() => sanitizeSvg(nested(SVG_LIMITS.maxDepth - 1))).not.toThrow();
    expect(refused(nested(SVG_LIMITS.maxDepth + 1)).message).toMatch(/nested/);

    const many = (count: number): string => wrap('<rect width="1" height="1"/>'.repeat(count));
    expect(() => sanitizeSvg(many(SVG_LIMITS.maxElements - 1))).not.toThrow();
    expect(refused(many(SVG_LIMITS.maxElements)).message).toMatch(/elements/);

    const padding = (bytes: number): string => wrap(`<desc>${"x".repeat(bytes - wrap("<desc></desc>").length)}</desc>`);
    expect(() => sanitizeSvg(padding(SVG_LIMITS.maxBytes))).not.toThrow();
    expect(refused(padding(SVG_LIMITS.maxBytes + 1)).message).toMatch(/larger than/);
  });

  it("refuses references that multiply into too many shapes (a use bomb)", () => {
    let body = '<g id="l0"><rect width="1" height="1"/><rect width="1" height="1"/></g>';
    for (let level = 1; level <= 20; level += 1) body += `<g id="l${level}"><use href="#l${level - 1}"/><use href="#l${level - 1}"/></g>`;
    expect(refused(wrap(`<defs>${body}</defs><use href="#l20"/>`)).message).toMatch(/multiply/);
  });

  it("keeps the output within the element limit it promises", () => {
    const out = sanitizeSvg(wrap('<g id="a"><rect width="1" height="1"/></g>' + '<use href="#a"/>'.repeat(100)));
    let count = 0;
    for (const _ of walkElements(parseSvg(out))) count += 1;
    expect(count).toBeLessThanOrEqual(SVG_LIMITS.maxElements);
  });
});
