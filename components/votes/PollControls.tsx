"use client";
// The clerk's buttons on a poll: open it (DRAFT), close it (OPEN).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert, Button } from "@/components/ui";
import { closePollAction, openPollAction } from "@/lib/modules/votes/client";

export function PollControls({ tenantSlug, pollId, status }: { tenantSlug: string; pollId: string; status: string }) {
  const t = useTranslations("votes");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const act = (fn: typeof openPollAction) =>
    start(async () => {
      const r = await fn(tenantSlug, { pollId });
      if (r.ok) router.refresh();
      else setError(r.error.message);
    });
  if (status === "CLOSED") return null;
  return (
    <div className="space-y-2">
      {status === "DRAFT" && (
        <Button type="button" disabled={pending} onClick={() => act(openPollAction)}>
          {t("open")}
        </Button>
      )}
      {status === "OPEN" && (
        <Button type="button" variant="danger" disabled={pending} onClick={() => act(closePollAction)}>
          {t("close")}
        </Button>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
