/** The operator's account in the browser tests: an admin through ADMIN_EMAILS (set in playwright.config.ts). */
export const ADMIN_EMAIL = "operator@example.test";
