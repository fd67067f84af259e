"use client";
// Uploads a deputy's photo (checked by its content on the server), or takes it off the entry.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, Button, Field, Input } from "@/components/ui";
import type { Failure } from "@/lib/errors";
import { setDeputyPhotoAction } from "@/lib/modules/deputies/client";

export function PhotoForm({
  tenantSlug,
  deputyId,
  hasPhoto,
}: {
  tenantSlug: string;
  deputyId: string;
  hasPhoto: boolean;
}) {
  const t = useTranslations("deputies.photo");
  const router = useRouter();
  const [error, setError] = useState<Failure["error"] | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  const send = (form: FormData) =>
    start(async () => {
      form.set("deputyId", deputyId);
      const result = await setDeputyPhotoAction(tenantSlug, form);
      setSaved(result.ok);
      setError(result.ok ? null : result.error);
      if (result.ok) router.refresh();
    });
  return (
    <form
      noValidate
      className="max-w-xl space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        send(new FormData(e.currentTarget));
      }}
    >
      {error && <Alert tone="error">{error.fieldErrors?.file?.join(" ") || error.message}</Alert>}
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <Field label={t("file")} hint={t("hint")}>
        <Input type="file" name="file" accept="image/jpeg,image/png,image/webp,image/gif" />
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        {hasPhoto && (
          <Button type="button" variant="ghost" disabled={pending} onClick={() => send(new FormData())}>
            {t("remove")}
          </Button>
        )}
      </div>
    </form>
  );
}
