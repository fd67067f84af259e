"use client";
// Takes a consultation back from one contact point (assigned by mistake), in two steps so a slip of the finger
// on a phone never withdraws anything. Offered only while the point has sent nothing; the server checks again.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui";
import { withdrawAssignmentAction } from "@/lib/modules/contact-points/client";

type Props = {
  tenantSlug: string;
  consultationId: string;
  contactPointId: string;
  pointName: string;
  onWithdrawn: (name: string) => void;
};

export function WithdrawAssignment({ tenantSlug, consultationId, contactPointId, pointName, onWithdrawn }: Props) {
  const t = useTranslations("contactPoints.assign");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => withdrawAssignmentAction(tenantSlug, input));
  const problem = error ? (fieldError("contactPointId") ?? error.message) : null;

  const confirm = () =>
    submit({ consultationId, contactPointId }, () => {
      setAsking(false);
      onWithdrawn(pointName);
      router.refresh();
    });

  return (
    <div className="w-full space-y-1 md:w-auto">
      {asking ? (
        <div
          className="flex flex-wrap items-center gap-2"
          role="group"
          aria-label={t("withdrawLabel", { name: pointName })}
        >
          <span className="text-gray-700">{t("withdrawAsk")}</span>
          <Button type="button" size="sm" variant="danger" disabled={pending} onClick={confirm}>
            {t("withdrawConfirm")}
          </Button>
          <Button type="button" size="sm" variant="ghost" disabled={pending} onClick={() => setAsking(false)}>
            {t("withdrawCancel")}
          </Button>
        </div>
      ) : (
        <Button type="button" size="sm" variant="secondary" onClick={() => setAsking(true)}>
          {t("withdraw")}
          <span className="sr-only">{t("withdrawWhich", { name: pointName })}</span>
        </Button>
      )}
      {problem && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {problem}
        </p>
      )}
    </div>
  );
}
