/** A file name that is safe in a header and on every file system: ASCII letters, digits, `.`, `-`, `_`. */
export function safeFileName(name: string, fallback = "download"): string {
  const cleaned = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+|-+$/g, "")
    .slice(0, 120);
  return cleaned || fallback;
}

/** `Content-Disposition` for a download (`attachment`) or a view in the browser (`inline`). */
export function contentDisposition(disposition: "attachment" | "inline", name: string): string {
  return `${disposition}; filename="${safeFileName(name)}"`;
}
