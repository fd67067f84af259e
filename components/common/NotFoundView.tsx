import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui";

/** The 404 page's body: app/not-found.tsx and the Pages Router's consultation page show the same. */
export function NotFoundView() {
  const t = useTranslations("common");
  return (
    <main
      id="main"
      className="mx-auto flex min-h-screen max-w-lg flex-col items-center justify-center gap-4 p-6 text-center"
    >
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-stone-700">{t("notFoundBody")}</p>
      <Link href="/" className={buttonClasses("secondary")}>
        {t("backToPlatform")}
      </Link>
    </main>
  );
}
