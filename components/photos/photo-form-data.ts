import type { PhotoOptions } from "./types";

/**
 * The multipart body of `POST /api/photo-pages`. Only the fields of the chosen mode are sent:
 * the server refuses unknown fields and ignores the other mode's options anyway.
 */
export function photoFormData(photo: File, options: PhotoOptions, regenerate = false): FormData {
  const form = new FormData();
  form.append("photo", photo);
  form.append("mode", options.mode);
  form.append("ageGroup", options.ageGroup);
  form.append("paper", options.paper);
  form.append("orientation", options.orientation);
  form.append("reference", String(options.reference));
  if (options.mode === "trace") {
    form.append("detail", String(options.detail));
    form.append("simplifyBackground", String(options.simplifyBackground));
  } else {
    form.append("model", options.model);
    form.append("quality", options.quality);
  }
  if (regenerate) form.append("regenerate", "true");
  return form;
}
