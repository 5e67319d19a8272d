import type { NewJob } from "@/lib/db/jobs";
import type { ScriptRecord, SegmentRecord } from "@/lib/db/scripts";
import type { Aspect, SceneStyle } from "@/lib/images/prompts/scene";
import type { SettledScene } from "@/lib/scenes/plan";
import { sceneSeed } from "@/lib/scenes/seed";
import { OFFLINE_MODEL } from "./estimate";
import type { SceneJobInput } from "@/lib/scenes/schema";

/** The segment's own style, or its script's. */
export function effectiveStyle(script: Pick<ScriptRecord, "style">, segment: Pick<SegmentRecord, "style">): SceneStyle {
  return (segment.style ?? script.style) as SceneStyle;
}

/** A scene job for one segment, with a snapshot of its text and the script's settings. */
export function sceneJob({
  script,
  segment,
  scene,
  estimatedCostMicroUsd,
}: {
  script: ScriptRecord;
  segment: SegmentRecord;
  /** Engine, model and quality, settled once for the whole batch. */
  scene: SettledScene;
  estimatedCostMicroUsd: number;
}): NewJob {
  const { engine, quality } = scene;
  const style = effectiveStyle(script, segment);
  const input: SceneJobInput = {
    engine,
    quality,
    model: scene.model,
    requestedModel: scene.requestedModel,
    scriptId: script.id,
    segmentId: segment.id,
    text: segment.text,
    style,
    customStyle: style === "custom" ? (script.customStyle ?? undefined) : undefined,
    aspect: script.aspect as Aspect,
    references: script.references,
    seed: sceneSeed(segment.text, style),
  };
  return { userId: script.userId, kind: "scene", input, engine, model: scene.model ?? OFFLINE_MODEL, estimatedCostMicroUsd, segmentId: segment.id };
}
