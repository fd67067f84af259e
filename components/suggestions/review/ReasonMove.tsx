"use client";
// A move that carries only a reason the deputy or the unit reads (return, convert, refuse a hand-back, ask for
// one), or nothing at all (accept).
import { useTranslations } from "next-intl";
import { Field, Textarea } from "@/components/ui";
import { ReviewForm, type ReviewActionName } from "./ReviewForm";

type Props = {
  tenantSlug: string;
  id: string;
  action: Extract<ReviewActionName, "return" | "convert" | "refuseHandback" | "requestHandback" | "accept">;
  /** A line above the reason (the hand-back window's last day). */
  hint?: string;
};

export function ReasonMove({ tenantSlug, id, action, hint }: Props) {
  const t = useTranslations("suggestionsReview.forms");
  return (
    <ReviewForm
      tenantSlug={tenantSlug}
      id={id}
      action={action}
      title={t(`${action}.title`)}
      submit={t(`${action}.submit`)}
      shown={["reason"]}
      tone={action === "accept" ? "primary" : "secondary"}
    >
      {(fe) => (
        <>
          {hint && <p className="text-sm text-gray-700">{hint}</p>}
          {action !== "accept" && (
            <Field label={t(`${action}.reason`)} error={fe("reason")} required>
              <Textarea name="reason" rows={3} maxLength={1000} />
            </Field>
          )}
        </>
      )}
    </ReviewForm>
  );
}
