// The citizen-messages block of the public station page (pages/[tenant]/stations/[id], Pages Router, no React in
// the browser): this year's counts and the links to write to the station or one of its deputies, worded here in
// the visitor's language so the page needs no namespace of this module (its props stay plain JSON).
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type { TenantSettings } from "@/lib/tenant";
import { stationMessageCounts } from "./queries-public";
import { messageSettings } from "./settings";

export type StationMessagesBlock = {
  title: string;
  /** "2026年以来" */
  period: string;
  counts: { key: "received" | "replied" | "satisfied"; label: string; value: number }[];
  write: { label: string; href: string };
  hint: string;
  /** One link per deputy listed on the page: 给某某留言. */
  deputies: { id: string; label: string; href: string }[];
  track: { label: string; href: string };
  /** The city's public board of answered messages, when it has one. */
  board: { label: string; href: string } | null;
};

export async function stationMessagesBlock(
  tenant: { id: string; slug: string; settings: Pick<TenantSettings, "messages"> },
  stationId: string,
  deputies: readonly { id: string; name: string }[],
  locale: Locale,
  now = new Date(),
): Promise<StationMessagesBlock> {
  const [c, t] = await Promise.all([stationMessageCounts(tenant.id, stationId, now), getTranslator(locale)]);
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`citizenMessagesPublic.station.${key}` as never, values as never) as string;
  const form = `/${tenant.slug}/messages/new?station=${encodeURIComponent(stationId)}`;
  return {
    title: w("title"),
    period: w("year", { year: c.year }),
    counts: [
      { key: "received", label: w("received"), value: c.received },
      { key: "replied", label: w("replied"), value: c.replied },
      { key: "satisfied", label: w("satisfied"), value: c.satisfied },
    ],
    write: { label: w("write"), href: form },
    hint: w("writeHint"),
    deputies: deputies.map((d) => ({
      id: d.id,
      label: w("writeTo", { name: d.name }),
      href: `${form}&deputy=${encodeURIComponent(d.id)}`,
    })),
    track: { label: w("track"), href: `/${tenant.slug}/track` },
    board: messageSettings(tenant.settings).publicBoard
      ? { label: w("board"), href: `/${tenant.slug}/messages` }
      : null,
  };
}
