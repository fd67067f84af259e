"use client";
// 印发交办函: one button for every assignment not yet in a letter (one letter per unit, per year and session).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui";
import { issueSuggestionLettersAction } from "@/lib/modules/suggestions/client";

export function IssueLettersForm({ tenantSlug, pending: count }: { tenantSlug: string; pending: number }) {
  const t = useTranslations("suggestionsReview.letters");
  const router = useRouter();
  const { pending, error, submit } = useActionForm((input) => issueSuggestionLettersAction(tenantSlug, input));
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit({}, () => router.refresh());
      }}
    >
      <FormAlert error={error} shown={[]} />
      <p className="text-sm text-gray-700">{t("pending", { count })}</p>
      <Button type="submit" disabled={pending || count === 0} className="w-full sm:w-auto">
        {t("issue")}
      </Button>
    </form>
  );
}
