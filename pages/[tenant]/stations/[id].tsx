// /{city}/stations/{id}: the public station page. A Pages Router page with its runtime switched off, so a phone
// gets the HTML and one tiny inline script rather than the App Router's runtime (issue #10: at most 50 KB of
// JavaScript, gzip; docs/benchmarks.md). The directory and the city calendar stay in the App Router.
import type { GetServerSideProps } from "next";
import { useLocale, useTranslations } from "next-intl";
import { NotFoundView } from "@/components/common/NotFoundView";
import { PagesHead } from "@/components/shell/PagesHead";
import { cityFullName } from "@/lib/i18n/local-name";
import { StationPage } from "@/components/stations-public/StationPage";
import { stationPageProps } from "@/lib/modules/stations/pages";
import type { StationPageProps } from "@/lib/modules/stations/client";

export const config = { unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<StationPageProps> = (ctx) => stationPageProps(ctx);

export default function StationRoute(props: StationPageProps) {
  if (props.found) return <Found {...props} />;
  return props.appRouter ? null : <NotFound />;
}

function Found({ tenant, station, schedules, messages }: Extract<StationPageProps, { found: true }>) {
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    <>
      <PagesHead title={`${station.name} · ${cityFullName(tenant, locale)} · ${t("appName")}`} />
      <StationPage tenant={tenant} station={station} schedules={schedules} messages={messages} />
    </>
  );
}

function NotFound() {
  const t = useTranslations("common");
  return (
    <>
      <PagesHead title={`${t("notFoundTitle")} · ${t("appName")}`} noindex />
      <NotFoundView />
    </>
  );
}
