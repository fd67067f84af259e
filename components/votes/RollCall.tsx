"use client";
// The roll call (点名 / 出席登记) of a named vote, for one who runs polls: each entitled voter with a checkbox
// (ticked = present), the count 出席 N / 应到 M and 全部出席. Every change goes through setPresence (one audited
// action per voter); a refusal comes back in the user's language and the box returns to what is stored. A voter
// who has voted counts as present and stays ticked. Once the poll is closed the list is read-only.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { Alert, Badge, Button, Card, CardBody, CardHeader, CardTitle, Checkbox } from "@/components/ui";
import { setPresenceAction } from "@/lib/modules/votes/client";

export type RollCallEntry = { userId: string; name: string; present: boolean; voted: boolean };

type Props = { tenantSlug: string; pollId: string; roll: RollCallEntry[]; readOnly: boolean };

export function RollCall({ tenantSlug, pollId, roll, readOnly }: Props) {
  const t = useTranslations("votes");
  const router = useRouter();
  // What is stored, with the changes on their way shown at once (reset to the stored roll once they are done).
  const [present, showChanges] = useOptimistic(
    Object.fromEntries(roll.map((r) => [r.userId, r.present])) as Record<string, boolean>,
    (state, changes: { userId: string; present: boolean }[]) => ({
      ...state,
      ...Object.fromEntries(changes.map((c) => [c.userId, c.present])),
    }),
  );
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const count = roll.filter((r) => present[r.userId] || r.voted).length;
  const absent = roll.filter((r) => !present[r.userId] && !r.voted);

  /** Each change in turn through setPresence; stops at the first refusal and shows it. */
  const change = (changes: { userId: string; present: boolean }[]) =>
    start(async () => {
      setError(null);
      showChanges(changes);
      for (const c of changes) {
        const r = await setPresenceAction(tenantSlug, { pollId, userId: c.userId, present: c.present });
        if (!r.ok) {
          setError(r.error.message);
          break;
        }
      }
      router.refresh();
    });

  return (
    <Card as="section" aria-labelledby="poll-roll">
      <CardHeader>
        <CardTitle id="poll-roll">{t("roll.title")}</CardTitle>
        <span className="text-base font-semibold tabular-nums text-gray-900" aria-live="polite">
          {t("roll.count", { present: count, voters: roll.length })}
        </span>
      </CardHeader>
      <CardBody className="space-y-3">
        {readOnly ? (
          <>
            <p className="text-sm text-gray-700">{t("roll.readOnly")}</p>
            <ul className="grid gap-x-6 sm:grid-cols-2">
              {roll.map((r) => (
                <li
                  key={r.userId}
                  className="flex min-h-11 items-center justify-between gap-2 border-b border-gray-100"
                >
                  <span className="text-base text-gray-900">{r.name}</span>
                  <Badge tone={r.present ? "success" : "neutral"}>
                    {r.present ? t("roll.present") : t("roll.absent")}
                  </Badge>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <p className="text-sm text-gray-700">{t("roll.hint")}</p>
            <Button
              type="button"
              variant="secondary"
              className="w-full sm:w-auto"
              disabled={pending || absent.length === 0}
              onClick={() => change(absent.map((r) => ({ userId: r.userId, present: true })))}
            >
              {t("roll.allPresent")}
            </Button>
            {error && <Alert tone="error">{error}</Alert>}
            <fieldset aria-labelledby="poll-roll" aria-busy={pending}>
              <div className="grid gap-x-6 sm:grid-cols-2">
                {roll.map((r) => {
                  const on = present[r.userId] || r.voted;
                  return (
                    <Checkbox
                      key={r.userId}
                      className="border-b border-gray-100"
                      checked={on}
                      disabled={pending || r.voted}
                      onChange={(e) => change([{ userId: r.userId, present: e.target.checked }])}
                      label={
                        <span className="flex w-full items-center justify-between gap-2">
                          <span>{r.name}</span>
                          <span aria-hidden="true">
                            <Badge tone={on ? "success" : "neutral"}>{on ? t("roll.present") : t("roll.absent")}</Badge>
                          </span>
                        </span>
                      }
                      hint={r.voted ? t("roll.voted") : undefined}
                    />
                  );
                })}
              </div>
            </fieldset>
            {pending && (
              <p className="text-sm text-gray-700" role="status">
                {t("roll.saving")}
              </p>
            )}
          </>
        )}
      </CardBody>
    </Card>
  );
}
