// Installs what is missing, creates the local secret and migrates the database (used by `npm run dev`).
import { baseEnvironment, ensureAuthSecret, ensureDependencies, prepareDatabase } from "./lib.mjs";

baseEnvironment();
ensureDependencies();
ensureAuthSecret();
prepareDatabase();
