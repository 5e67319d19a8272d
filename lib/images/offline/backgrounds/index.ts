import type { SettingId } from "../settings";
import { beach, underwater } from "./coast";
import { castleScene, farm } from "./farm-castle";
import { jungle, space } from "./fantasy";
import type { Background, BackgroundFrame } from "./frame";
import { halloween } from "./halloween";
import { forest, meadow, mountains, winter } from "./outdoor";
import { party, valentine } from "./party";
import { plain } from "./plain";
import { city, home } from "./urban";

const BUILDERS: Record<SettingId, (frame: BackgroundFrame) => Background> = {
  beach,
  underwater,
  space,
  forest,
  farm,
  city,
  castle: castleScene,
  jungle,
  mountains,
  meadow,
  home,
  winter,
  plain,
  halloween,
  christmas: winter,
  easter: meadow,
  party,
  valentine,
};

/** The background for a setting, drawn as outline shapes sized to the page. */
export function buildBackground(setting: SettingId, frame: BackgroundFrame): Background {
  return BUILDERS[setting](frame);
}
