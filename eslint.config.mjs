import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers (see README "Architecture"): pages, routes and components call use cases; only lib/
// touches the database, storage, engines and jobs; components run in the browser and import only
// client-safe code; the job queue knows no use case. Both `@/…` and relative paths are checked.
const from = (path) => `^(@/|(\\.\\./)+)${path}`;

const SERVER_LAYERS = [
  { regex: from("lib/db(/|$)"), message: "Pages, routes and components call a use case in lib/, never lib/db." },
  { regex: from("lib/storage(/|$)"), message: "Pages, routes and components call a use case in lib/, never lib/storage." },
  { regex: from("lib/images/(engines|offline)(/|$)"), message: "Engine internals stay behind the use cases in lib/." },
];
const JOBS_INTERNALS = { regex: from("lib/jobs/"), message: "Use the job lifecycle through its public surface, @/lib/jobs." };
const NO_APP = { regex: "^(@/app(/|$)|(\\.\\./)+app/)", message: "lib/ never imports app/: routes and pages call lib/, not the other way round." };
const CLIENT_SAFE = {
  regex: "^@/lib/(?!(shared|i18n)(/|$)|errors$)",
  message: "Components run in the browser: from lib/ they import only @/lib/shared, @/lib/i18n and @/lib/errors.",
};
const NO_USE_CASES = {
  regex: from("lib/(coloring|photos|scenes|scripts|library|books|users|job-kinds)(/|$)"),
  message: "The job queue knows no use case: job kinds are registered where the program starts.",
};
const SERVER_ONLY_IN_SHARED = [
  { regex: from("lib/(db|storage|jobs|images|env|log|auth|billing)(/|$)"), message: "lib/shared is client-safe: no server module." },
  { regex: "^(node:|server-only$)", message: "lib/shared is client-safe: no Node.js module." },
];

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", "generated/**", "data/**", ".local/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["app/**/*.{ts,tsx}"], rules: restrict([...SERVER_LAYERS, JOBS_INTERNALS]) },
  { files: ["components/**/*.{ts,tsx}"], rules: restrict([...SERVER_LAYERS, JOBS_INTERNALS, CLIENT_SAFE]) },
  { files: ["lib/**/*.ts"], rules: restrict([NO_APP, JOBS_INTERNALS]) },
  { files: ["lib/jobs/**/*.ts"], rules: restrict([NO_APP, NO_USE_CASES]) },
  { files: ["lib/shared/**/*.ts"], rules: restrict([NO_APP, ...SERVER_ONLY_IN_SHARED]) },
];

export default config;
