// The public station page's server side (pages/[tenant]/stations/[id].tsx, a Pages Router page that ships no React
// to the browser, like the consultation draft page: lib/modules/consultation/portal-page.ts says why). The city
// and station from the URL (unknown, inactive or another city's → 404), the visitor's language, the schedules in
// words; everything as plain JSON props.
import type { IncomingMessage, ServerResponse } from "node:http";
import { dateToDay } from "@/lib/dates";
import { timeZone } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { getTranslator, localeFromCookieHeader } from "@/lib/i18n/translate";
import { stationMessagesBlock, type StationMessagesBlock } from "@/lib/modules/citizen-messages/pages";
import type { IntlProps } from "@/lib/modules/consultation/client";
import { findActiveTenant } from "@/lib/tenant";
import { getPublicStation, listActiveSchedules, type PublicStation } from "./queries-public";
import { scheduleText } from "./schedule-text";

const NAMESPACES = ["common", "shell", "stationsPublic"] as const;

export type StationPageProps =
  | { intl: IntlProps; found: false; appRouter?: true }
  | {
      intl: IntlProps;
      found: true;
      tenant: { slug: string; fullName: string; fullNameEn: string };
      station: PublicStation;
      /** The reception schedules in words (每月15日 9:00–11:30), in the visitor's language. */
      schedules: string[];
      /** Citizens' messages: this year's counts and the links to write (worded by that module). */
      messages: StationMessagesBlock;
    };

type Ctx = { req: IncomingMessage; res: ServerResponse; params?: Record<string, string | string[] | undefined> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export async function stationPageProps({ req, res, params }: Ctx): Promise<{ props: StationPageProps }> {
  const locale = localeFromCookieHeader(req.headers.cookie);
  const all = await loadMessages(locale);
  const intl: IntlProps = {
    locale,
    timeZone,
    now: new Date().toISOString(),
    messages: Object.fromEntries(NAMESPACES.map((n) => [n, all[n]])),
  };
  // An App Router link (the directory, the calendar) prefetches its target as RSC, which this page has none of:
  // answer those without touching the database (as the consultation page does).
  res.setHeader("vary", "RSC");
  if (req.headers.rsc) return { props: { intl, found: false, appRouter: true } };
  const notFound = () => {
    res.statusCode = 404;
    return { props: { intl, found: false as const } };
  };
  const tenant = await findActiveTenant(one(params?.tenant) ?? "");
  if (!tenant) return notFound();
  const id = one(params?.id) ?? "";
  const station = await getPublicStation(tenant.id, id);
  if (!station) return notFound();
  const [schedules, t, messages] = await Promise.all([
    listActiveSchedules(tenant.id, id),
    getTranslator(locale),
    stationMessagesBlock(tenant, id, station.grouped, locale),
  ]);
  // Worded here, not in the page: the page's imports reach the browser bundle Next builds even for a page that
  // ships none of it, and the words' module sits next to the database code.
  const words = (key: string, values?: Record<string, string | number>) =>
    t(`stationsPublic.schedule.${key}` as never, values as never);
  return {
    props: {
      intl,
      found: true,
      tenant: { slug: tenant.slug, fullName: tenant.fullName, fullNameEn: tenant.fullNameEn },
      station,
      schedules: schedules.map(({ theme: _theme, ...s }) =>
        scheduleText({ ...s, startsOn: dateToDay(s.startsOn) }, words),
      ),
      messages,
    },
  };
}
