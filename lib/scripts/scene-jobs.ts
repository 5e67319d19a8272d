import type { NewJob } from "@/lib/db/jobs";
import type { ScriptRecord, SegmentRecord } from "@/lib/db/scripts";
import { engineModel } from "@/lib/images/engine-choice";
import type { EngineId } from "@/lib/shared/options";
import type { Quality } from "@/lib/images/models";
import type { Aspect, SceneStyle } from "@/lib/images/prompts/scene";
import { sceneSeed } from "@/lib/scenes/seed";
import type { SceneJobInput } from "@/lib/scenes/schema";

/** The segment's own style, or its script's. */
export function effectiveStyle(script: Pick<ScriptRecord, "style">, segment: Pick<SegmentRecord, "style">): SceneStyle {
  return (segment.style ?? script.style) as SceneStyle;
}

/** A scene job for one segment, with a snapshot of its text and the script's settings. */
export function sceneJob({
  script,
  segment,
  engine,
  quality,
  estimatedCostMicroUsd,
}: {
  script: ScriptRecord;
  segment: SegmentRecord;
  engine: EngineId;
  quality: Quality;
  estimatedCostMicroUsd: number;
}): NewJob {
  const style = effectiveStyle(script, segment);
  const input: SceneJobInput = {
    engine,
    quality,
    scriptId: script.id,
    segmentId: segment.id,
    text: segment.text,
    style,
    customStyle: style === "custom" ? (script.customStyle ?? undefined) : undefined,
    aspect: script.aspect as Aspect,
    references: script.references,
    seed: sceneSeed(segment.text, style),
  };
  return { userId: script.userId, kind: "scene", input, engine, model: engineModel(engine), estimatedCostMicroUsd, segmentId: segment.id };
}
