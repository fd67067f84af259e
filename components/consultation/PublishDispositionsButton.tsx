"use client";
// Publish the dispositions of a closed consultation. Once published the portal shows them and nothing can be
// disposed any more, so the button asks for a confirmation that names the pending opinions, if any.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button } from "@/components/ui";
import { publishDispositionsAction } from "@/lib/modules/consultation/client";

export function PublishDispositionsButton({
  tenantSlug,
  consultationId,
  pending: undisposed,
}: {
  tenantSlug: string;
  consultationId: string;
  pending: number;
}) {
  const t = useTranslations("consultation.publish");
  const router = useRouter();
  const { pending, error, submit } = useActionForm((input) => publishDispositionsAction(tenantSlug, input));
  function onClick() {
    const question = [t("hint"), undisposed ? t("pendingWarning", { count: undisposed }) : ""]
      .filter(Boolean)
      .join("\n\n");
    if (!window.confirm(question)) return;
    submit({ consultationId }, () => router.refresh());
  }
  return (
    <div className="space-y-2">
      {error && <Alert tone="error">{error.message}</Alert>}
      <Button type="button" onClick={onClick} disabled={pending}>
        {t("button")}
      </Button>
    </div>
  );
}
