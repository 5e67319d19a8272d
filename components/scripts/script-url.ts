/** The API path of a script, with an optional rest: `/api/scripts/:id/illustrate`. */
export function scriptUrl(id: string, rest = ""): string {
  return `/api/scripts/${encodeURIComponent(id)}${rest}`;
}
