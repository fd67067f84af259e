"use client";
// Takes one listed day off the calendar, in two steps so a slip of the finger on a phone removes nothing.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui";
import { removeCalendarDayAction } from "@/lib/modules/calendar/client";

type Props = { tenantSlug: string; id: string; label: string };

export function RemoveDayButton({ tenantSlug, id, label }: Props) {
  const t = useTranslations("calendar.entry");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const { pending, error, submit } = useActionForm((input) => removeCalendarDayAction(tenantSlug, input));

  const confirm = () =>
    submit({ id }, () => {
      setAsking(false);
      router.refresh();
    });

  return (
    <div className="space-y-1">
      {asking ? (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("removeGroup", { what: label })}>
          <span className="text-gray-700">{t("removeAsk")}</span>
          <Button type="button" size="sm" variant="danger" disabled={pending} onClick={confirm}>
            {t("removeConfirm")}
          </Button>
          <Button type="button" size="sm" variant="ghost" disabled={pending} onClick={() => setAsking(false)}>
            {t("removeCancel")}
          </Button>
        </div>
      ) : (
        <Button type="button" size="sm" variant="secondary" onClick={() => setAsking(true)}>
          {t("remove")}
          <span className="sr-only">{t("removeWhat", { what: label })}</span>
        </Button>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error.message}
        </p>
      )}
    </div>
  );
}
