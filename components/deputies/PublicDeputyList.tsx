// The public directory's cards (phone first: one column, no table): name, level, term, delegation,
// constituency and the stations the deputy receives people at. Never a phone or a workplace.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge, Card, CardBody } from "@/components/ui";
import type { PublicDeputy } from "@/lib/modules/deputies/client";

const link = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

export function PublicDeputyList({ deputies, tenantSlug }: { deputies: PublicDeputy[]; tenantSlug: string }) {
  const t = useTranslations("deputies.public");
  const levels = useTranslations("deputies.level");
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {deputies.map((d) => (
        <li key={d.id}>
          <Card as="article" className="h-full">
            <CardBody className="space-y-2">
              <h2 className="text-lg font-semibold text-gray-900">{d.name}</h2>
              <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
                <Badge tone="info">{levels(d.level)}</Badge>
                <span>{d.term}</span>
                {d.delegation && <span>{d.delegation}</span>}
              </p>
              {d.constituency && (
                <p className="text-sm text-gray-700">{t("constituencyValue", { path: d.constituency.path })}</p>
              )}
              <div className="text-sm">
                <span className="text-gray-700">{t("stationsLabel")}</span>
                {d.stations.length === 0 ? (
                  <span className="text-gray-600">{t("noStation")}</span>
                ) : (
                  <ul className="inline">
                    {d.stations.map((s, i) => (
                      <li key={s.id} className="inline">
                        {i > 0 && t("separator")}
                        <Link href={`/${tenantSlug}/stations/${s.id}`} className={link}>
                          {s.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </CardBody>
          </Card>
        </li>
      ))}
    </ul>
  );
}
