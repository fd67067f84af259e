// The stations' public API (no sign-in): the directory, one station with its next reception days, its iCalendar
// feed and its printable poster. Each read resolves the city from the URL (unknown → 404) and answers another
// city's station, or an unknown one, with 404.
import { z } from "zod";
import type { RequestContext } from "@/lib/action";
import { dateToDay, dayToDate, todayInShanghai, addShanghaiDays } from "@/lib/dates";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import { executePublicRead } from "@/lib/public-read";
import { withoutEmpty } from "@/lib/query";
import { shanghaiInstant, writeCalendar } from "./ics";
import { posterSvg } from "./poster";
import { getPublicStation, listActiveSchedules, listPublicStationsPage, listReceptionDays } from "./queries-public";
import { scheduleText } from "./schedule-text";
import { STATION_KINDS } from "./workflow";

export const PUBLIC_STATIONS_DEFAULT = 100;
export const PUBLIC_STATIONS_MAX = 500;

export const publicStationQuerySchema = z.strictObject({
  district: z.uuid().optional(),
  kind: z.enum(STATION_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(PUBLIC_STATIONS_MAX).default(PUBLIC_STATIONS_DEFAULT),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** The site's public address for links printed on paper: the configured one (NEXTAUTH_URL), else the request's. */
export function publicOrigin(requestOrigin: string): string {
  return (process.env.NEXTAUTH_URL ?? requestOrigin).replace(/\/+$/, "");
}

type Words = (key: string, values?: Record<string, string | number>) => string;

/** The stationsPublic texts in the reader's language (keys are checked by the messages test, not the type). */
async function words(locale: Locale): Promise<Words> {
  const t = await getTranslator(locale);
  return (key, values) => t(`stationsPublic.${key}` as never, values as never);
}

export const listStationsForApi = (slug: string, query: Record<string, string>, ctx: RequestContext) =>
  executePublicRead(slug, ctx, async (tenant, parse) => {
    const q = parse(publicStationQuerySchema, withoutEmpty(query));
    const page = { limit: q.limit, offset: q.offset };
    const { rows, total } = await listPublicStationsPage(tenant.id, { districtId: q.district, kind: q.kind }, page);
    return { stations: rows, total, ...page };
  });

export const getStationForApi = (slug: string, id: string, ctx: RequestContext) =>
  executePublicRead(slug, ctx, async (tenant) => {
    const s = await getPublicStation(tenant.id, id);
    if (!s) return null;
    const { grouped, upcoming, ...station } = s;
    return { ...station, deputies: grouped, upcoming };
  });

/** The station's feed: the last 30 days and the next year of reception days (cancelled ones left out). */
export const stationCalendarIcs = (slug: string, id: string, origin: string, ctx: RequestContext) =>
  executePublicRead(slug, ctx, async (tenant) => {
    const station = await getPublicStation(tenant.id, id);
    if (!station) return null;
    const t = await words(ctx.locale);
    const today = dayToDate(todayInShanghai());
    const days = await listReceptionDays(tenant.id, {
      stationId: id,
      from: dateToDay(addShanghaiDays(today, -30)),
      to: dateToDay(addShanghaiDays(today, 366)),
    });
    const url = `${publicOrigin(origin)}/${tenant.slug}/stations/${id}`;
    return writeCalendar({
      name: `${station.name} · ${tenant.fullName}`,
      events: days.map((d) => ({
        uid: `${d.id}@lianxin`,
        start: shanghaiInstant(d.day, d.startTime),
        end: shanghaiInstant(d.day, d.endTime),
        summary: d.theme
          ? t("ics.summaryTheme", { station: station.name, theme: d.theme })
          : t("ics.summary", { station: station.name }),
        location: d.location,
        description: [
          d.theme ? t("ics.theme", { theme: d.theme }) : null,
          d.deputies.length > 0
            ? t("ics.deputies", {
                names: d.deputies.map((x) => x.name).join(t("separator")),
              })
            : null,
          url,
        ]
          .filter(Boolean)
          .join("\n"),
        url,
      })),
    });
  });

/** The A4 poster, its QR code pointing at the public station page. */
export const stationPosterSvg = (slug: string, id: string, origin: string, ctx: RequestContext) =>
  executePublicRead(slug, ctx, async (tenant) => {
    const station = await getPublicStation(tenant.id, id);
    if (!station) return null;
    const [t, schedules] = await Promise.all([words(ctx.locale), listActiveSchedules(tenant.id, id)]);
    const schedule: Words = (key, values) => t(`schedule.${key}`, values);
    return posterSvg({
      committee: tenant.fullName,
      station: station.name,
      address: station.address,
      // A station without a recurring schedule (a mobile one) shows its next days instead.
      schedules:
        schedules.length > 0
          ? schedules.map((s) => scheduleText({ ...s, startsOn: dateToDay(s.startsOn) }, schedule))
          : station.upcoming
              .slice(0, 3)
              .map((d) =>
                schedule("once", { date: d.day, time: schedule("time", { start: d.startTime, end: d.endTime }) }),
              ),
      url: `${publicOrigin(origin)}/${tenant.slug}/stations/${id}`,
      text: {
        heading: t("poster.heading"),
        reception: t("poster.reception"),
        scan: t("poster.scan"),
        noSchedule: t("poster.noSchedule"),
        address: t("poster.address"),
      },
    });
  });
