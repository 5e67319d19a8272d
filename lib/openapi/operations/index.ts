import type { ApiOperation } from "../types";
import { accountOperations } from "./account";
import { bookOperations } from "./books";
import { creationOperations } from "./creation";
import { jobOperations } from "./jobs";
import { libraryOperations } from "./library";
import { sceneOperations } from "./scenes";
import { scriptOperations } from "./scripts";

/**
 * Every operation of the HTTP API. A new route adds its description to one of these lists (or a
 * new one here); tests/unit/openapi fails while a route file has none.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  ...creationOperations,
  ...sceneOperations,
  ...jobOperations,
  ...libraryOperations,
  ...scriptOperations,
  ...bookOperations,
  ...accountOperations,
];
