// One liaison station for the public: where and when, the desk phone, the next reception days with the deputies on
// duty, the deputies grouped there (name, level, role: never a private contact), the standard's summary and the
// last year's activity, with the .ics feed and the poster. Served by the Pages Router with its runtime switched off
// (pages/[tenant]/stations/[id].tsx): complete HTML, and one tiny inline script for the language switch.
import { useTranslations } from "next-intl";
import { ScriptLanguageSwitch } from "@/components/common/LanguageButton";
import { StationMessagesBlock, WriteToDeputyLink } from "@/components/citizen-messages-public/StationMessagesBlock";
import { BackLink } from "@/components/legislation-public/BackLink";
import { linkClasses } from "@/components/legislation-public/format";
import { buttonClasses, Card, CardBody, FactList, PageHeader } from "@/components/ui";
import type { StationMessagesBlock as MessagesBlock } from "@/lib/modules/citizen-messages/client";
import type { PublicStation } from "@/lib/modules/stations/client";
import { DayList } from "./DayList";
import { StationsShell } from "./StationsShell";

type Props = {
  tenant: { slug: string; fullName: string };
  station: PublicStation;
  /** The reception schedules in words (每月15日 9:00–11:30). */
  schedules: string[];
  /** Citizens' messages: this year's counts and the links to write to the station or a deputy. */
  messages: MessagesBlock;
};

// The only script: the language button sets its cookie and reloads (as the consultation page's script does).
const SCRIPT = `document.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("[data-locale-cookie]");if(b){document.cookie=b.getAttribute("data-locale-cookie");location.reload()}})`;

export function StationPage({ tenant, station: s, schedules, messages }: Props) {
  const t = useTranslations("stationsPublic");
  const api = `/api/v1/${tenant.slug}/stations/${s.id}`;
  const area = [s.district, s.street].filter(Boolean).join(" · ");
  return (
    <StationsShell tenant={tenant} active="stations" languageSwitch={<ScriptLanguageSwitch tone="light" />}>
      <BackLink href={`/${tenant.slug}/stations`}>{t("station.back")}</BackLink>
      <PageHeader title={s.name} description={t(`kind.${s.kind}`)} />
      <div className="max-w-3xl space-y-6">
        <Card>
          <CardBody>
            <FactList
              rows={[
                [t("station.area"), area],
                [t("station.address"), s.address],
                [t("station.hours"), s.openingHours],
                [
                  t("station.phone"),
                  s.phone && (
                    <a href={`tel:${s.phone.replace(/[^\d+]/g, "")}`} className={linkClasses}>
                      {s.phone}
                    </a>
                  ),
                ],
                [
                  t("station.receptionDays"),
                  schedules.length > 0 && (
                    <ul>
                      {schedules.map((x, i) => (
                        <li key={i}>{x}</li>
                      ))}
                    </ul>
                  ),
                ],
              ]}
            />
            {s.intro && <p className="mt-4 whitespace-pre-line leading-7 text-gray-800">{s.intro}</p>}
            <p className="mt-4 flex flex-wrap gap-3">
              <a href={`${api}/calendar.ics`} className={buttonClasses("primary")}>
                {t("station.subscribe")}
              </a>
              <a href={`${api}/poster`} className={buttonClasses("secondary")}>
                {t("station.poster")}
              </a>
            </p>
            <p className="mt-2 text-sm text-gray-600">{t("station.subscribeHint")}</p>
          </CardBody>
        </Card>

        <StationMessagesBlock block={messages} />

        <section aria-labelledby="upcoming" className="space-y-3">
          <h2 id="upcoming" className="text-lg font-semibold text-gray-900">
            {t("station.upcoming")}
          </h2>
          {s.upcoming.length === 0 ? (
            <p className="text-gray-700">{t("station.noUpcoming")}</p>
          ) : (
            <DayList tenantSlug={tenant.slug} days={s.upcoming} />
          )}
        </section>

        <section aria-labelledby="deputies" className="space-y-3">
          <h2 id="deputies" className="text-lg font-semibold text-gray-900">
            {t("station.deputies", { count: s.grouped.length })}
          </h2>
          {s.grouped.length === 0 ? (
            <p className="text-gray-700">{t("station.noDeputies")}</p>
          ) : (
            <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
              {s.grouped.map((d) => (
                <li key={d.id} className="rounded-md border border-gray-200 bg-white px-3 py-2">
                  <span className="font-medium text-gray-900">{d.name}</span>
                  <span className="block text-sm text-gray-700">
                    {t(`level.${d.level}`)} · {t(`role.${d.role}`)}
                  </span>
                  <WriteToDeputyLink block={messages} deputyId={d.id} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="record" className="space-y-3">
          <h2 id="record" className="text-lg font-semibold text-gray-900">
            {t("station.record")}
          </h2>
          <Card>
            <CardBody>
              <FactList
                compact
                rows={[
                  [
                    t("station.standard"),
                    s.standard
                      ? t("station.standardValue", {
                          name: s.standard.name,
                          met: s.standard.met,
                          total: s.standard.total,
                        })
                      : t("station.noStandard"),
                  ],
                  [t("station.receptions"), String(s.activity.receptions)],
                  [t("station.people"), String(s.activity.people)],
                  [t("station.issues"), String(s.activity.issues)],
                ]}
              />
              <p className="mt-2 text-sm text-gray-600">{t("station.since", { date: s.activity.since })}</p>
            </CardBody>
          </Card>
        </section>
      </div>
      <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />
    </StationsShell>
  );
}
