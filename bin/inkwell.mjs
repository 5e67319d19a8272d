#!/usr/bin/env node
// The `inkwell` command: runs cli/bin.ts through tsx, from any working directory.
import { require as requireTs } from "tsx/cjs/api";

requireTs("../cli/bin.ts", import.meta.url);
