"use client";
// On a closed named vote made for a regulation: record its tally on the regulation's vote stage (RegulationEvent).
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert, Button } from "@/components/ui";
import { recordRegulationVoteAction } from "@/lib/modules/votes/client";

type Props = { tenantSlug: string; pollId: string; regulationId: string };

export function RecordRegulationVote({ tenantSlug, pollId, regulationId }: Props) {
  const t = useTranslations("votes");
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending || msg?.ok}
        onClick={() =>
          start(async () => {
            const r = await recordRegulationVoteAction(tenantSlug, { pollId, regulationId });
            setMsg(r.ok ? { ok: true, text: t("recordedForRegulation") } : { ok: false, text: r.error.message });
          })
        }
      >
        {t("recordForRegulation")}
      </Button>
      {msg && <Alert tone={msg.ok ? "success" : "error"}>{msg.text}</Alert>}
    </div>
  );
}
