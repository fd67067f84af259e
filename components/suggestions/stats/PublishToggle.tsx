"use client";
// The office's publish / unpublish of one suggestion on the city's public page (suggestion.manage). The page
// passes whether the city publishes, whether the unit has replied and when it was published; the action checks
// all of it again. A refusal comes back in the member's language.
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui";
import { publishSuggestionAction } from "@/lib/modules/suggestions/client";

export type PublishToggleProps = {
  tenantSlug: string;
  id: string;
  /** ISO instant, or null when not published. */
  publishedAt: string | null;
  cityPublishes: boolean;
  replied: boolean;
};

export function PublishToggle(props: PublishToggleProps) {
  const t = useTranslations("suggestionStats.publish");
  const format = useFormatter();
  const router = useRouter();
  const headingId = useId();
  const { pending, error, submit } = useActionForm((input) => publishSuggestionAction(props.tenantSlug, input));
  const published = props.publishedAt !== null;
  const may = published || (props.cityPublishes && props.replied);
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    submit({ id: props.id, published: !published }, () => router.refresh());
  }
  return (
    <section aria-labelledby={headingId} className="space-y-2 rounded-lg border border-gray-200 bg-white p-4">
      <h3 id={headingId} className="text-base font-semibold text-gray-900">
        {t("heading")}
      </h3>
      <p className="text-sm text-gray-700">
        {published
          ? t("published", { date: format.dateTime(new Date(props.publishedAt!), { dateStyle: "medium" }) })
          : !props.cityPublishes
            ? t("cityOff")
            : !props.replied
              ? t("notReplied")
              : t("notPublished")}
      </p>
      <FormAlert error={error} shown={[]} />
      {may && (
        <form onSubmit={onSubmit}>
          <Button type="submit" variant={published ? "secondary" : "primary"} disabled={pending}>
            {published ? t("unpublish") : t("publish")}
          </Button>
        </form>
      )}
    </section>
  );
}
