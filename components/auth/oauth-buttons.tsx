import { Button } from "@/components/ui/button";

interface OAuthButtonsProps {
  providers: Array<"github" | "google">;
  callbackUrl: string;
  action: (form: FormData) => Promise<void>;
  labels: { github: string; google: string; or: string };
}

/** GitHub and Google sign-in, shown only for the providers configured on the server. */
export function OAuthButtons({ providers, callbackUrl, action, labels }: OAuthButtonsProps) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-3">
      <p className="flex items-center gap-3 text-sm text-ink-muted before:h-px before:flex-1 before:bg-line after:h-px after:flex-1 after:bg-line">{labels.or}</p>
      {providers.map((provider) => (
        <form key={provider} action={action}>
          <input type="hidden" name="provider" value={provider} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="secondary" fullWidth>
            {labels[provider]}
          </Button>
        </form>
      ))}
    </div>
  );
}
