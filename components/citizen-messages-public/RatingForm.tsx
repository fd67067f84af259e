"use client";
// The citizen rates the released answer: an optional comment, then one of three large buttons (满意 / 基本满意 /
// 不满意), each sending the rating at once — the same action as POST /api/v1/{city}/receipts/{code}/rating. On
// success a thank-you replaces the form, and the page is refreshed so the steps show the new state.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Field, Textarea } from "@/components/ui";
import {
  MESSAGE_RATINGS,
  RATING_COMMENT_MAX,
  rateMessageAction,
  type MessageRating,
  type RateMessageResult,
} from "@/lib/modules/citizen-messages/client";

const VARIANT: Record<MessageRating, "primary" | "secondary"> = {
  SATISFIED: "primary",
  BASIC: "secondary",
  UNSATISFIED: "secondary",
};

export function RatingForm({ tenantSlug, code }: { tenantSlug: string; code: string }) {
  const t = useTranslations("citizenMessagesPublic.rate");
  const ratings = useTranslations("citizenMessages.rating");
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [done, setDone] = useState<RateMessageResult | null>(null);
  const { pending, error, submit, fieldError } = useActionForm((input: unknown) =>
    rateMessageAction(tenantSlug, input),
  );

  if (done)
    return (
      <div role="status" className="space-y-1 rounded-md bg-green-50 p-4 text-green-900">
        <p className="text-lg font-semibold">{t("thanks")}</p>
        <p>{done.reopened ? t("thanksReopened") : t("thanksClosed")}</p>
      </div>
    );

  const send = (rating: MessageRating) =>
    submit({ code, rating, comment }, (data) => {
      setDone(data);
      router.refresh();
    });

  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="space-y-4" aria-labelledby="rate-title">
      <p className="text-gray-800">{t("hint")}</p>
      {error && !error.fieldErrors && <Alert tone="error">{error.message}</Alert>}
      <Field label={t("comment")} hint={t("commentHint")} error={fieldError("comment")}>
        <Textarea
          name="comment"
          rows={3}
          maxLength={RATING_COMMENT_MAX}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Field>
      {fieldError("rating") && <Alert tone="error">{fieldError("rating")}</Alert>}
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-semibold text-gray-900">{t("choose")}</legend>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {MESSAGE_RATINGS.map((r) => (
            <Button
              key={r}
              type="button"
              size="lg"
              variant={VARIANT[r]}
              className="w-full"
              disabled={pending}
              onClick={() => send(r)}
            >
              {ratings(r)}
            </Button>
          ))}
        </div>
      </fieldset>
      {pending && (
        <p role="status" className="text-sm text-gray-700">
          {t("sending")}
        </p>
      )}
    </form>
  );
}
