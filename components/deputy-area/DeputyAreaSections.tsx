// The deputy's own area, section by section: my stations, my reception duties, the receptions recorded with me and
// my legislative proposals. Cards and lists only, so it reads on a 390 px phone without sideways scrolling.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ProposalStatusBadge } from "@/components/legislation/ProposalStatusBadge";
import { Badge, Card, CardBody, CardHeader, CardTitle } from "@/components/ui";
import type { MyProposal } from "@/lib/modules/legislation";
import type { MyDuty, MyReception, MyStation } from "@/lib/modules/stations";

const shanghai = (day: string) => new Date(`${day}T00:00:00+08:00`);

function Section({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Card as="section" aria-labelledby={id}>
      <CardHeader>
        <CardTitle id={id}>{title}</CardTitle>
      </CardHeader>
      <CardBody>{empty ? <p className="text-gray-700">{empty}</p> : children}</CardBody>
    </Card>
  );
}

export function MyStations({ tenantSlug, stations }: { tenantSlug: string; stations: MyStation[] }) {
  const t = useTranslations("deputyArea.stations");
  const roles = useTranslations("stationsPublic.role");
  const kinds = useTranslations("stationsPublic.kind");
  return (
    <Section id="my-stations" title={t("title")} empty={stations.length === 0 ? t("empty") : null}>
      <ul className="space-y-3">
        {stations.map((s) => (
          <li key={s.id}>
            <p className="flex flex-wrap items-center gap-2">
              <Link href={`/${tenantSlug}/stations/${s.id}`} className="font-medium text-brand-700 underline">
                {s.name}
              </Link>
              <Badge tone="info">{roles(s.role)}</Badge>
            </p>
            <p className="text-sm text-gray-700">{[kinds(s.kind), s.address].filter(Boolean).join(" · ")}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function MyDuties({ duties, today }: { duties: MyDuty[]; today: string }) {
  const t = useTranslations("deputyArea.duties");
  const format = useFormatter();
  return (
    <Section id="my-duties" title={t("title")} empty={duties.length === 0 ? t("empty") : null}>
      <ul className="space-y-3">
        {duties.map((d) => (
          <li key={d.id} className="border-l-4 border-brand-600 pl-3">
            <p className="font-medium text-gray-900">
              <time dateTime={d.day}>
                {format.dateTime(shanghai(d.day), { dateStyle: "full", timeZone: "Asia/Shanghai" })}
              </time>{" "}
              {t("time", { start: d.startTime, end: d.endTime })}
              {d.day === today && (
                <>
                  {" "}
                  <Badge tone="warning">{t("today")}</Badge>
                </>
              )}
            </p>
            <p className="text-sm text-gray-800">{d.stationName}</p>
            {d.theme && <p className="text-sm text-gray-700">{t("theme", { theme: d.theme })}</p>}
            {d.location && <p className="text-sm text-gray-700">{t("location", { location: d.location })}</p>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function MyReceptions({ receptions }: { receptions: MyReception[] }) {
  const t = useTranslations("deputyArea.receptions");
  const format = useFormatter();
  return (
    <Section id="my-receptions" title={t("title")} empty={receptions.length === 0 ? t("empty") : null}>
      <ul className="space-y-3">
        {receptions.map((r) => (
          <li key={r.id} className="rounded-md border border-gray-200 p-3">
            <p className="font-medium text-gray-900">
              <time dateTime={r.day}>{format.dateTime(shanghai(r.day), "date")}</time> · {r.stationName}
            </p>
            <p className="text-sm text-gray-700">
              {t("figures", { people: r.peopleReceived, issues: r.issues, solved: r.solved })}
            </p>
            {r.summary && <p className="mt-1 line-clamp-3 text-sm text-gray-800">{r.summary}</p>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function MyProposals({ tenantSlug, proposals }: { tenantSlug: string; proposals: MyProposal[] }) {
  const t = useTranslations("deputyArea.proposals");
  const format = useFormatter();
  return (
    <Section id="my-proposals" title={t("title")} empty={proposals.length === 0 ? t("empty") : null}>
      <ul className="space-y-3">
        {proposals.slice(0, 10).map((p) => (
          <li key={p.id}>
            <p className="flex flex-wrap items-start gap-2">
              <span className="min-w-0 flex-1 font-medium text-gray-900">{p.title}</span>
              <ProposalStatusBadge status={p.status} category={p.planCategory} />
            </p>
            <p className="text-sm text-gray-700">
              {t("submittedOn", { date: format.dateTime(p.createdAt, "date") })} ·{" "}
              <Link href={`/${tenantSlug}/track/${p.receiptCode}`} className="font-medium text-brand-700 underline">
                {t("track")}
              </Link>
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <Link href={`/${tenantSlug}/console/legislation/my-proposals`} className="font-medium text-brand-700 underline">
          {t("all", { count: proposals.length })}
        </Link>
      </p>
    </Section>
  );
}
