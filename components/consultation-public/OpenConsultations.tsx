import Link from "next/link";
import { useNow, useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui";
import type { PublicConsultationSummary } from "@/lib/modules/consultation/client";
import { linkClasses } from "@/components/legislation-public/format";
import { countdownText } from "./countdown";

const SHOWN = 3;

/** The portal home's call to comment: the drafts open for comment now, each with its time left. Nothing when none is open. */
export function OpenConsultations({
  tenantSlug,
  consultations,
}: {
  tenantSlug: string;
  consultations: PublicConsultationSummary[];
}) {
  const t = useTranslations("consultationPublic");
  const now = useNow();
  if (consultations.length === 0) return null;
  return (
    <section
      aria-labelledby="consultations-title"
      className="mb-6 rounded-lg border-2 border-brand-600 bg-white p-4 md:p-6"
    >
      <h2 id="consultations-title" className="text-lg font-semibold text-stone-900">
        {t("home.title")}
      </h2>
      <ul className="mt-2 space-y-2 text-sm text-stone-800">
        {consultations.slice(0, SHOWN).map((c) => (
          <li key={c.id}>
            <Link href={`/${tenantSlug}/consultations/${c.id}`} className={linkClasses}>
              {c.title}
            </Link>
            <span className="ms-2 text-stone-700">
              {countdownText(t, c.endsAt, now)} · {t("counts", { people: c.peopleCount, opinions: c.opinionCount })}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <Link href={`/${tenantSlug}/consultations`} className={buttonClasses("primary")}>
          {t("home.all")}
        </Link>
      </p>
    </section>
  );
}
