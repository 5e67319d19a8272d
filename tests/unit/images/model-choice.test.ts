import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { resetModelCatalogForTests } from "@/lib/images/lifecycle";
import { setModelCatalog } from "@/lib/images/lifecycle/catalog";
import { allowedImageModels, chooseImageModel, fitQuality } from "@/lib/images/model-choice";
import { IMAGE_MODELS } from "@/lib/images/models";

const ON = new Date("2026-12-01T12:00:00Z");

function setEnv(values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
}

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("no error");
}

beforeEach(() => {
  resetModelCatalogForTests();
  setEnv({ OPENAI_ALLOWED_IMAGE_MODELS: undefined, OPENAI_IMAGE_MODEL: undefined, OPENAI_SCENE_MODEL: undefined });
});
afterEach(() => setEnv({ OPENAI_ALLOWED_IMAGE_MODELS: undefined, OPENAI_IMAGE_MODEL: undefined, OPENAI_SCENE_MODEL: undefined }));

describe("the models this server allows", () => {
  it("are by default every model not retired, and always the two defaults", () => {
    const allowed = allowedImageModels(ON);
    expect(allowed).toEqual(expect.arrayContaining(["gpt-image-2.6-flare", "gpt-image-2.6-sunburst", "gpt-image-2.5-flare-2026-09-08", "gpt-image-2"]));
    for (const retired of ["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "chatgpt-image-latest"]) expect(allowed).not.toContain(retired);
    // The day before the 2026-12-01 shutdowns, those models were still current.
    expect(allowedImageModels(new Date("2026-11-30T12:00:00Z"))).toContain("gpt-image-1.5");
  });

  it("follow OPENAI_ALLOWED_IMAGE_MODELS when it is set", () => {
    setEnv({ OPENAI_ALLOWED_IMAGE_MODELS: "gpt-image-2, gpt-image-2.5-flare" });
    expect(allowedImageModels(ON).sort()).toEqual(["gpt-image-2", "gpt-image-2.5-flare", "gpt-image-2.6-flare", "gpt-image-2.6-sunburst"]);
  });

  it("refuse a bad allow-list at start, naming the variable", () => {
    setEnv({ OPENAI_ALLOWED_IMAGE_MODELS: "gpt-image-2,dall-e-3" });
    expect(() => allowedImageModels(ON)).toThrow(/OPENAI_ALLOWED_IMAGE_MODELS/);
    setEnv({ OPENAI_ALLOWED_IMAGE_MODELS: undefined, OPENAI_SCENE_MODEL: "gpt-image-9" });
    expect(() => allowedImageModels(ON)).toThrow(/OPENAI_SCENE_MODEL/);
  });
});

describe("choosing the model of a request", () => {
  it("uses the purpose's default when none is named", () => {
    expect(chooseImageModel({ purpose: "page", quality: "high" })).toMatchObject({ requested: "gpt-image-2.6-flare", model: "gpt-image-2.6-flare", quality: "high" });
    expect(chooseImageModel({ purpose: "scene", quality: "auto" })).toMatchObject({ model: "gpt-image-2.6-sunburst", quality: "auto" });
  });

  it("refuses a model the server does not allow, or does not know, with a 400 on `model`", () => {
    setEnv({ OPENAI_ALLOWED_IMAGE_MODELS: "gpt-image-2" });
    for (const model of ["gpt-image-2.5-flare", "dall-e-3", "gpt-image-1"]) {
      const error = failure(() => chooseImageModel({ model, purpose: "page", quality: "low" }));
      expect(error.status).toBe(400);
      expect(error.code).toBe("invalid:model");
      expect(error.details?.fields).toEqual({ model: expect.stringContaining(model) });
    }
    expect(chooseImageModel({ model: "gpt-image-2", purpose: "page", quality: "low" }).model).toBe("gpt-image-2");
  });

  it("refuses a quality the model does not take, with a 400 on `quality`", () => {
    expect(chooseImageModel({ model: "gpt-image-2.5-flare", purpose: "page", quality: "max" }).quality).toBe("max");
    const error = failure(() => chooseImageModel({ model: "gpt-image-2.6-flare", purpose: "page", quality: "xhigh" }));
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid:quality");
    expect(error.details?.fields).toEqual({ quality: expect.stringMatching(/low, medium, high, auto/) });
  });

  it("sends a retired model's requests to its successor, fitting the quality", () => {
    setModelCatalog({ fetchedAt: ON, models: new Map(["gpt-image-2", "gpt-image-2.6-flare", "gpt-image-2.6-sunburst"].map((id) => [id, { id, shutdownDate: null }])) });
    setEnv({ OPENAI_ALLOWED_IMAGE_MODELS: "gpt-image-2.5-flare" });
    expect(chooseImageModel({ model: "gpt-image-2.5-flare", purpose: "page", quality: "xhigh" })).toMatchObject({ requested: "gpt-image-2.5-flare", model: "gpt-image-2.6-flare", quality: "high" });
  });

  it("fits a quality to a model", () => {
    expect(fitQuality("max", IMAGE_MODELS["gpt-image-2.6-flare"]!)).toBe("high");
    expect(fitQuality("medium", IMAGE_MODELS["gpt-image-2.6-flare"]!)).toBe("medium");
    expect(fitQuality("max", IMAGE_MODELS["gpt-image-2.5-sunburst"]!)).toBe("max");
  });
});
