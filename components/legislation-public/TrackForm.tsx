import { useTranslations } from "next-intl";
import { Button, Field, Input } from "@/components/ui";

/** Look up a receipt code: a plain GET form (works without JavaScript), answered by /{tenant}/track. */
export function TrackForm({ tenantSlug, value, error }: { tenantSlug: string; value?: string; error?: string }) {
  const t = useTranslations("legislationPublic.track");
  return (
    <form method="get" action={`/${tenantSlug}/track`} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <Field label={t("code")} hint={t("codeHint")} error={error} required className="sm:w-80">
        <Input
          name="code"
          defaultValue={value}
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="font-mono uppercase tracking-widest"
        />
      </Field>
      <Button type="submit">{t("submit")}</Button>
    </form>
  );
}
