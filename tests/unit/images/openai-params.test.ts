import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { editParams, generateParams } from "@/lib/images/engines/openai/params";
import type { ColoringRequest, EditRequest, SceneRequest } from "@/lib/images/engines/types";
import { IMAGE_MODELS } from "@/lib/images/models";

const row = (id: string) => IMAGE_MODELS[id]!;
const safety = { safetyIdentifier: "f".repeat(64) };
const scene: SceneRequest = { purpose: "scene", text: "x", style: "cartoon", prompt: "A fox", seed: 1, width: 1536, height: 1024, quality: "max", complexity: "high" };
const page: ColoringRequest = {
  purpose: "coloring",
  theme: "x",
  scene: "x",
  prompt: "A fox",
  options: { ageGroup: "6-9", paper: "letter", orientation: "portrait", reference: false, title: false, quality: "high" },
  seed: 1,
  width: 1024,
  height: 1536,
  vector: true,
};
const edit: EditRequest = { image: Buffer.from("i"), prompt: "x", width: 1024, height: 1024, quality: "medium", highFidelity: true, complexity: "low" };

function code(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as AppError).code;
  }
  return "none";
}

describe("the parameters sent to OpenAI", () => {
  it("carry the model, the size, the safety identifier, and only what the model takes", () => {
    expect(generateParams(row("gpt-image-2.5-flare"), scene, safety)).toEqual({ model: "gpt-image-2.5-flare", size: "1536x1024", quality: "max", n: 1, safety_identifier: safety.safetyIdentifier, prompt: "A fox", moderation: "auto", output_format: "png" });
    // 2.6 takes complexity but not max: the quality is fitted (a request's own is validated before).
    expect(generateParams(row("gpt-image-2.6-sunburst"), scene, safety)).toMatchObject({ quality: "high", complexity: "high" });
  });

  it("ask a vector page as SVG from models that draw SVG, with the configured author", () => {
    expect(generateParams(row("gpt-image-2.6-flare"), page, { ...safety, svgModel: "gpt-4.1-mini" })).toMatchObject({ output_format: "svg", svg: { model: "gpt-4.1-mini" }, n: 1 });
    expect(generateParams(row("gpt-image-2.6-flare"), page, safety)).not.toHaveProperty("svg");
    expect(code(() => generateParams(row("gpt-image-2"), page, safety))).toBe("unsupported:model_feature");
  });

  it("send input_fidelity only to models that take it, and markup only without a mask to models that take it", () => {
    expect(editParams(row("gpt-image-1.5"), edit, safety)).toMatchObject({ input_fidelity: "high" });
    expect(editParams(row("gpt-image-2.5-flare"), edit, safety)).not.toHaveProperty("input_fidelity");
    expect(editParams(row("gpt-image-2.5-flare"), edit, safety)).not.toHaveProperty("complexity");
    expect(editParams(row("gpt-image-2.6-flare"), edit, safety)).toMatchObject({ complexity: "low" });
    expect(code(() => editParams(row("gpt-image-2.5-flare"), { ...edit, markup: Buffer.from("m") }, safety))).toBe("none");
    expect(code(() => editParams(row("gpt-image-2.5-flare"), { ...edit, markup: Buffer.from("m"), mask: Buffer.from("m") }, safety))).toBe("invalid:edit");
    expect(code(() => editParams(row("gpt-image-2.6-flare"), { ...edit, markup: Buffer.from("m") }, safety))).toBe("unsupported:model_feature");
  });
});
