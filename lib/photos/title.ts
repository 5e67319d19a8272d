/** "IMG_2041 (1).jpg" → "IMG 2041 (1)": a page title from the uploaded file's name. */
export function titleFromFileName(name: string | undefined): string | undefined {
  const title = (name ?? "")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/[_-]+/g, " ")
    .replace(/[\u0000-\u001f<>]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  return title || undefined;
}
