import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <title>{`${t("notFoundTitle")} · ${t("appName")}`}</title>
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-stone-700">{t("notFoundBody")}</p>
      <Link href="/" className={buttonClasses("secondary")}>
        {t("backToPlatform")}
      </Link>
    </main>
  );
}
