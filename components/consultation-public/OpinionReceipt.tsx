// The receipt code in place of the form, large enough to read out and screenshot, with the way to track it.
// Markup only, like OpinionForm: rendered by the server after a post without script, and cloned from a <template>
// by the page's script (page-script.ts), which fills in the code, focuses the heading and wires the buttons.
import { useTranslations } from "next-intl";
import { Button, buttonClasses } from "@/components/ui";

type Props = {
  /** Prefix of the heading's id, the same as the form's it replaces (the section is labelled by it). */
  idPrefix: string;
  tenantSlug: string;
  /** The code, or "__CODE__" in the template. */
  code: string;
  /** Without script: a fresh form for the same article, and the page without the form. */
  anotherHref: string;
  closeHref: string;
};

export function OpinionReceipt({ idPrefix, tenantSlug, code, anotherHref, closeHref }: Props) {
  const t = useTranslations("consultationPublic.form");
  return (
    <div className="space-y-3 text-center" data-opinion-receipt>
      <h3 id={`${idPrefix}-title`} tabIndex={-1} className="text-lg font-bold text-green-900 outline-none">
        {t("doneTitle")}
      </h3>
      <p className="text-sm text-gray-800">{t("receiptLabel")}</p>
      <p
        className="select-all break-all font-mono text-3xl font-bold tracking-[0.2em] text-gray-900"
        data-testid="opinion-receipt-code"
      >
        {code}
      </p>
      <p className="text-sm text-gray-800">{t("receiptHint")}</p>
      <div className="flex flex-col items-stretch gap-3 sm:flex-row sm:justify-center">
        <a href={`/${tenantSlug}/track/${code}`} className={buttonClasses("primary")}>
          {t("trackIt")}
        </a>
        {/* Shown by the script where the clipboard can be written (HTTPS pages). */}
        <Button type="button" variant="secondary" hidden data-receipt-copy={code}>
          {t("copy")}
        </Button>
        <a href={anotherHref} data-opinion-another className={buttonClasses("ghost")}>
          {t("another")}
        </a>
        <a href={closeHref} data-opinion-close className={buttonClasses("ghost")}>
          {t("cancel")}
        </a>
      </div>
      <p aria-live="polite" data-receipt-copied className="min-h-5 text-sm text-green-900"></p>
    </div>
  );
}
