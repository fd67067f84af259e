import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card, CardBody } from "@/components/ui";
import type { PublicConsultationSummary } from "@/lib/modules/consultation/client";
import { linkClasses } from "@/components/legislation-public/format";
import { ConsultationFacts } from "./ConsultationFacts";

/** One consultation in the public list: its title (the link), state, window, time left and figures so far. */
export function ConsultationCard({ tenantSlug, c }: { tenantSlug: string; c: PublicConsultationSummary }) {
  const t = useTranslations("consultationPublic");
  const href = `/${tenantSlug}/consultations/${c.id}`;
  return (
    <Card as="article">
      <CardBody className="space-y-3">
        <h3 className="text-base font-semibold leading-snug">
          <Link href={href} className={linkClasses}>
            {c.title}
          </Link>
        </h3>
        <ConsultationFacts
          startsAt={c.startsAt}
          endsAt={c.endsAt}
          state={c.state}
          opinionCount={c.opinionCount}
          peopleCount={c.peopleCount}
        />
        {c.state === "PUBLISHED" && (
          <p className="text-sm">
            <Link href={`${href}/summary`} className={linkClasses}>
              {t("viewSummary")}
            </Link>
          </p>
        )}
      </CardBody>
    </Card>
  );
}
