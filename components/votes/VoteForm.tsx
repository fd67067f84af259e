"use client";
// The phone ballot: one tap per option on each item, then one submit; afterwards a clear 您的投票已记录.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert, Button } from "@/components/ui";
import { castVoteAction } from "@/lib/modules/votes/client";

type Props = {
  tenantSlug: string;
  pollId: string;
  items: { id: string; label: string; detail: string }[];
  options: string[];
  maxApprovals: number | null;
};

export function VoteForm(p: Props) {
  const t = useTranslations("votes");
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  if (done)
    return (
      <Alert tone="success" className="text-lg">
        <span className="text-xl font-semibold">{t("recorded")}</span>
      </Alert>
    );
  const complete = p.items.every((i) => choices[i.id]);
  const submit = () =>
    start(async () => {
      setError(null);
      const r = await castVoteAction(p.tenantSlug, { pollId: p.pollId, choices });
      if (r.ok) setDone(true);
      else setError(r.error.message);
    });
  return (
    <div className="space-y-4">
      {p.maxApprovals != null && <p className="text-sm text-gray-700">{t("maxApprovals", { max: p.maxApprovals })}</p>}
      {p.items.map((item) => (
        <fieldset key={item.id} className="rounded-lg border border-gray-300 p-3">
          <legend className="px-1 text-base font-semibold text-gray-900">{item.label}</legend>
          {item.detail && <p className="mb-2 text-sm text-gray-700">{item.detail}</p>}
          <div className="grid grid-cols-3 gap-2">
            {p.options.map((o) => {
              const on = choices[item.id] === o;
              return (
                <button
                  key={o}
                  type="button"
                  aria-pressed={on}
                  onClick={() => setChoices((c) => ({ ...c, [item.id]: o }))}
                  className={`min-h-12 rounded-md border px-2 text-base font-medium ${
                    on ? "border-brand-700 bg-brand-600 text-white" : "border-gray-400 bg-white text-gray-900"
                  }`}
                >
                  {t(`option.${o}` as never)}
                </button>
              );
            })}
          </div>
        </fieldset>
      ))}
      {error && <Alert tone="error">{error}</Alert>}
      <Button type="button" size="lg" className="w-full" disabled={!complete || pending} onClick={submit}>
        {t("submit")}
      </Button>
    </div>
  );
}
