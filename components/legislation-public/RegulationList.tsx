import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { StageBadge } from "@/components/legislation/StageBadge";
import { Badge, Card, CardBody } from "@/components/ui";
import type { PublicRegulationSummary } from "@/lib/modules/legislation/client";
import { linkClasses } from "./format";

/** Regulation projects as cards: title, stage, and the day it got there (phone-first, no table). */
type Props = {
  tenantSlug: string;
  regulations: PublicRegulationSummary[];
  label: string;
  /** A section of the regulation's page to open at (e.g. "drafts"). */
  anchor?: string;
};

export function RegulationList({ tenantSlug, regulations, label, anchor }: Props) {
  const t = useTranslations("legislationPublic");
  const terms = useTranslations("legislationTerms");
  const format = useFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00+08:00`), "date");
  return (
    <ul aria-label={label} className="space-y-3">
      {regulations.map((r) => (
        <li key={r.id}>
          <Card as="article">
            <CardBody className="space-y-2">
              <h2 className="text-base font-semibold leading-snug">
                <Link href={`/${tenantSlug}/regulations/${r.id}${anchor ? `#${anchor}` : ""}`} className={linkClasses}>
                  {r.title}
                </Link>
              </h2>
              <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
                <StageBadge stage={r.stage} />
                {r.kind !== "NEW" && <Badge>{terms(`regulationKind.${r.kind}`)}</Badge>}
                <span>{t("regulations.projectYear", { year: String(r.year) })}</span>
              </p>
              <p className="text-sm text-gray-700">
                {r.promulgatedOn
                  ? [
                      t("regulations.promulgatedOn", { date: day(r.promulgatedOn) }),
                      r.effectiveOn ? t("regulations.effectiveOn", { date: day(r.effectiveOn) }) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")
                  : t("regulations.since", { date: day(r.stageChangedOn) })}
              </p>
            </CardBody>
          </Card>
        </li>
      ))}
    </ul>
  );
}
