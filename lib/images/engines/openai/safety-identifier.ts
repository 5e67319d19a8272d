import { createHmac } from "node:crypto";

/** Separates this use of the server secret from every other (sessions, tokens). */
const PURPOSE = "inkwell/openai-safety-identifier/v1";

/**
 * The `safety_identifier` OpenAI's abuse monitoring gets for a user: an HMAC-SHA256 of the user's
 * id under a key derived from the server secret, as 64 hex characters (the API's maximum). Stable
 * for a user, different between users, and neither the id nor an email can be recovered from it
 * without the secret.
 */
export function safetyIdentifier(userId: string, secret: string): string {
  if (!userId) throw new Error("a safety identifier needs a user id");
  if (secret.length < 16) throw new Error("a safety identifier needs the server secret (AUTH_SECRET)");
  const key = createHmac("sha256", secret).update(PURPOSE).digest();
  return createHmac("sha256", key).update(userId, "utf8").digest("hex");
}
