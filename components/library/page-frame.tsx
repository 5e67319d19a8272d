import { cn } from "@/components/ui/cn";
import type { ImageView } from "@/lib/shared/views";

export interface PageFrameProps {
  image: Pick<ImageView, "fileUrl" | "width" | "height">;
  alt: string;
  /** Lazy-load thumbnails below the fold. */
  loading?: "lazy" | "eager";
  className?: string;
}

/** An image on a sheet of paper: white, a soft shadow, and the image's own aspect ratio. */
export function PageFrame({ image, alt, loading = "eager", className }: PageFrameProps) {
  return (
    <div
      className={cn("mx-auto w-full overflow-hidden rounded-sm bg-white shadow-md ring-1 ring-line", className)}
      style={{ aspectRatio: `${image.width} / ${image.height}` }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session, not an optimisable asset */}
      <img src={image.fileUrl} alt={alt} loading={loading} width={image.width} height={image.height} className="block h-full w-full object-contain" />
    </div>
  );
}
