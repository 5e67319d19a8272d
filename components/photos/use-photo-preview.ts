"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export interface ChosenPhoto {
  file: File;
  /** An object URL for the preview; revoked when another photo is chosen or the page is left. */
  url: string;
}

/** The chosen photo and its preview URL, created and revoked in step with the choice. */
export function usePhotoPreview(): [ChosenPhoto | null, (file: File | null) => void] {
  const [photo, setPhoto] = useState<ChosenPhoto | null>(null);
  const currentUrl = useRef<string | null>(null);

  const choose = useCallback((file: File | null) => {
    if (currentUrl.current) URL.revokeObjectURL(currentUrl.current);
    const url = file ? URL.createObjectURL(file) : null;
    currentUrl.current = url;
    setPhoto(file && url ? { file, url } : null);
  }, []);

  useEffect(() => {
    const urls = currentUrl;
    return () => {
      if (urls.current) URL.revokeObjectURL(urls.current);
      urls.current = null;
    };
  }, []);

  return [photo, choose];
}
