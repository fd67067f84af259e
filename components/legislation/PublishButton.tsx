"use client";
// Publishes a draft version or a plan: once published the public portal shows it, so the button names what
// it publishes (the accessible name) and the server refuses a second publication.
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui";
import { useActionForm } from "@/components/forms/useActionForm";
import { publishDraftVersionAction, publishPlanAction } from "@/lib/modules/legislation/client";

type Props = {
  tenantSlug: string;
  target: { draftVersionId: string } | { planId: string };
  label: string;
  accessibleName: string;
};

export function PublishButton({ tenantSlug, target, label, accessibleName }: Props) {
  const router = useRouter();
  const { pending, error, submit } = useActionForm((input) =>
    "planId" in target ? publishPlanAction(tenantSlug, input) : publishDraftVersionAction(tenantSlug, input),
  );
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        type="button"
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-label={accessibleName}
        onClick={() => submit(target, () => router.refresh())}
      >
        {label}
      </Button>
      {error && (
        <span role="alert" className="text-sm font-medium text-red-700">
          {error.message}
        </span>
      )}
    </span>
  );
}
