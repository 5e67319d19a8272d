"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { JobProgress } from "@/components/jobs/job-progress";
import { EditDialog } from "@/components/scripts/edit-dialog";
import { Button } from "@/components/ui/button";
import type { ImageView } from "@/lib/shared/views";

/**
 * "Edit with OpenAI" for any image of the library: a prompt, an optional painted mask, then the
 * new version's progress; when it is ready the page moves to it (it is linked to this one).
 */
export function ImageEdit({ image }: { image: ImageView }) {
  const t = useT();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);

  return (
    <div className="no-print flex flex-col gap-3">
      <div>
        <Button variant="secondary" size="sm" onClick={() => setOpen(true)} disabled={jobId !== null}>
          {t("image.edit")}
        </Button>
      </div>
      {jobId && (
        <JobProgress
          jobId={jobId}
          onDone={(job) => {
            const [editedId] = job.imageIds;
            if (editedId) router.push(`/images/${encodeURIComponent(editedId)}`);
          }}
          onStopped={() => setJobId(null)}
        />
      )}
      {open && (
        <EditDialog
          image={image}
          title={t("image.editTitle")}
          imageAlt={image.title}
          quality="medium"
          onClose={() => setOpen(false)}
          onStarted={setJobId}
        />
      )}
    </div>
  );
}
