// Coverage of the city by its stations: figures, then per district each street with its stations (uncovered
// streets marked), stations nobody is grouped into, and the first deputies no station groups. Server-rendered.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation/util";
import { Badge, Card, CardBody, CardHeader, CardTitle, FactList } from "@/components/ui";
import type { Coverage } from "@/lib/modules/stations/client";

export function CoverageView({ coverage, base }: { coverage: Coverage; base: string }) {
  const t = useTranslations("stations.coverage");
  const c = coverage;
  return (
    <div className="space-y-6">
      <Card>
        <CardBody>
          <FactList
            rows={[
              [t("streets"), t("streetsValue", { covered: c.streets - c.uncoveredStreets, all: c.streets })],
              [t("withoutDeputies"), String(c.stationsWithoutDeputies.length)],
              [t("ungrouped"), t("ungroupedValue", { count: c.ungrouped, all: c.deputiesInOffice })],
            ]}
          />
        </CardBody>
      </Card>
      {c.districts.map((d) => (
        <Card as="section" key={d.id} aria-labelledby={`d-${d.id}`}>
          <CardHeader>
            <CardTitle id={`d-${d.id}`}>
              {d.name} {d.uncovered > 0 && <Badge tone="danger">{t("uncoveredCount", { count: d.uncovered })}</Badge>}
            </CardTitle>
          </CardHeader>
          <CardBody className="space-y-2">
            {d.stations.length > 0 && (
              <p className="text-sm text-gray-700">
                {t("districtWide")}{" "}
                {d.stations.map((s, n) => (
                  <span key={s.id}>
                    {n > 0 && "、"}
                    <Link href={`${base}/${s.id}`} className={linkClasses}>
                      {s.name}
                    </Link>
                  </span>
                ))}
              </p>
            )}
            {d.streets.length === 0 ? (
              <p className="text-sm text-gray-600">{t("noStreets")}</p>
            ) : (
              <ul className="divide-y divide-gray-200">
                {d.streets.map((s) => (
                  <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                    <span className="font-medium text-gray-900">{s.name}</span>
                    <span className="text-sm">
                      {s.stations.length === 0 ? (
                        <Badge tone="danger">{t("none")}</Badge>
                      ) : (
                        s.stations.map((st, n) => (
                          <span key={st.id}>
                            {n > 0 && "、"}
                            <Link href={`${base}/${st.id}`} className={linkClasses}>
                              {st.name}
                            </Link>
                          </span>
                        ))
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      ))}
      <Card as="section" aria-labelledby="without-deputies">
        <CardHeader>
          <CardTitle id="without-deputies">{t("withoutDeputies")}</CardTitle>
        </CardHeader>
        <CardBody>
          {c.stationsWithoutDeputies.length === 0 ? (
            <p className="text-sm text-gray-600">{t("allHaveDeputies")}</p>
          ) : (
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {c.stationsWithoutDeputies.map((s) => (
                <li key={s.id}>
                  <Link href={`${base}/${s.id}`} className={linkClasses}>
                    {s.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="ungrouped">
        <CardHeader>
          <CardTitle id="ungrouped">{t("ungrouped")}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-2">
          <p className="text-sm text-gray-700">
            {t("ungroupedValue", { count: c.ungrouped, all: c.deputiesInOffice })}
          </p>
          {c.ungroupedSample.length > 0 && (
            <p className="text-sm text-gray-800">
              {t("ungroupedSample", { names: c.ungroupedSample.map((d) => d.name).join("、") })}
            </p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
