// Demo deputies' suggestions (issue #12 item 8), after the deputies, the working calendar and the citizens'
// messages (whose seeder gives the units in use their `unit-<code>` accounts, reused here as the units' actors):
// - every city: its congress's sessions of this year and last (第N次会议, suggestions due by the session's
//   deadline and assigned in one batch after it, with a 交办函 per unit), last year's all closed (with a motion of
//   ten signers or more), this year's handled as far as the seeds' figures say, and the in-flight ones of
//   demo-suggestion-now.ts (every state, the demo accounts' work);
// - Liaoyuan (000): 135 suggestions of the session assigned, 14 of them key ones supervised by the leader and
//   pushed by a committee, 184 assigned in the year (session and recess), 165 replied of which A + B 117 = 70.9%;
// - Shenyang (002): 823 assigned in the year, 796 replied on time: 办复率 96.7%.
// The year's figures count the in-flight ones of that year first and fill the rest, so they hold on any day. "The
// year" is this one from September on (its session's replies are in), else last year. Deadlines come from the
// city's calendar (65 working days, settings); the motions' bills are small .docx files (demo-suggestion-bill.ts).
// Written in one transaction per city with a few
// INSERT … jsonb_populate_recordset statements; a city that already has suggestions is left alone.
import { unsafePrisma } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import { addCalendarDays, workingCalendar } from "@/lib/modules/calendar";
import { tenantSettingsSchema } from "@/lib/tenant";
import { seededRandom } from "@/lib/seed/random";
import { seedLock, type SeedTx } from "@/lib/seed/seed-tx";
import { bulkInsert } from "@/lib/seed/unsafe-bulk-insert";
import type { Seeder } from "../define";
import { storeBills } from "./demo-suggestion-bill";
import { currentSuggestions } from "./demo-suggestion-now";
import { yearFigures, type Figures } from "./demo-suggestion-year";
import {
  atMinutes,
  FutureStep,
  numberLetters,
  step,
  type City,
  type Row,
  type SessionRef,
  type Sug,
} from "./demo-suggestions";
import type { Ctx } from "./demo-suggestion-plans";
import { suggestionSettings } from "./settings";

/** The seeds' figures of the year (the other cities: a few dozen suggestions each). */
export const DEMO_FIGURES: Record<string, Figures> = {
  liaoyuan: { session: 135, key: 14, assigned: 184, replied: 165, ab: 117 },
  shenyang: { session: 0, key: 10, assigned: 823, onTime: 796 },
};
const OTHERS: Figures = { session: 30, key: 3, recess: 8, recessReplied: 5 };

/** This city term began in 2022 (第一次会议), so a year's session is its (year − 2021)th. */
const TERM_FIRST_YEAR = 2022;
const NUMERALS = "一二三四五六七八九十";

/** The year whose figures the demo shows: this one once its session's replies are in (September), else last. */
export function demoYear(today = todayInShanghai()): number {
  const y = Number(today.slice(0, 4));
  return today >= `${y}-09-01` ? y : y - 1;
}

function sessionRow(tenantId: string, id: string, city: string, term: string, year: number, day: number) {
  const opensOn = `${year}-01-${String(day).padStart(2, "0")}`;
  const number = year - TERM_FIRST_YEAR + 1;
  const numeral = number <= 10 ? NUMERALS[number - 1] : String(number);
  return {
    id,
    tenantId,
    term,
    number,
    name: `${city}${term}人民代表大会第${numeral}次会议`,
    year,
    opensOn,
    closesOn: addCalendarDays(opensOn, 3),
    deadlineOn: addCalendarDays(opensOn, 2),
  };
}

const PUBLISHING = ["shenyang"];

/** Most closed ones listed on the public page a few working days after they closed (never later than now). */
function publish(c: Ctx, all: Sug[]) {
  for (const s of all) {
    if (s.row.status !== "CLOSED" || !c.rand.chance(0.7)) continue;
    const closed = todayInShanghai(new Date(s.row.closedAt as string));
    const at = atMinutes(c.cal.addWorkingDays(closed, c.rand.int(1, 5)), c.rand.int(9 * 60, 17 * 60));
    if (at.getTime() >= c.now.getTime()) continue;
    // On the timeline, as publish-suggestion.ts writes it.
    try {
      s.row.publishedAt = step(c, s, "publish", at, c.office).toISOString();
    } catch (err) {
      if (!(err instanceof FutureStep)) throw err; // closed moments ago: not published yet
    }
  }
}

/** Numbers (第N号) per year and kind, in the order the office accepted them. */
function number(all: Sug[]) {
  const groups = new Map<string, Row[]>();
  for (const s of all) {
    if (!s.row.acceptedAt) continue;
    const k = `${s.row.year}|${s.row.kind}`;
    groups.set(k, [...(groups.get(k) ?? []), s.row]);
  }
  for (const rows of groups.values()) {
    rows.sort(
      (a, b) => String(a.acceptedAt).localeCompare(String(b.acceptedAt)) || String(a.id).localeCompare(String(b.id)),
    );
    rows.forEach((r, i) => (r.number = i + 1));
  }
}

/** One city's demo suggestions; 0 when it already had some (or lacks deputies, units or an office). */
export async function seedSuggestionsFor(tenantId: string, slug: string): Promise<number> {
  const cal = await workingCalendar(tenantId);
  return unsafePrisma.$transaction(
    async (tx: SeedTx) => {
      await seedLock(tx, `lianxin-seed-suggestions:${slug}`);
      if ((await tx.suggestion.count({ where: { tenantId } })) > 0) return 0;
      const [tenant, users, unitRows, committees, deputies, districts] = await Promise.all([
        tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { fullName: true, settings: true } }),
        tx.user.findMany({
          where: { tenantId },
          select: { id: true, username: true, roles: { select: { role: true, scopeId: true } } },
          orderBy: { username: "asc" },
        }),
        tx.unit.findMany({ where: { tenantId, active: true }, orderBy: { sortOrder: "asc" } }),
        tx.committee.findMany({ where: { tenantId, active: true }, select: { id: true, code: true } }),
        tx.deputy.findMany({
          where: { tenantId, level: "CITY", status: "IN_OFFICE" },
          select: { id: true, name: true, userId: true, delegation: true, term: true },
          orderBy: { id: "asc" },
        }),
        tx.area.findMany({
          where: { tenantId, parentId: null },
          select: { name: true },
          orderBy: { sortOrder: "asc" },
        }),
      ]);
      const byName = new Map(users.map((u) => [u.username, u]));
      const office = byName.get("deputy-affairs")?.id;
      const demoUnitId = byName.get("unit")?.roles.find((r) => r.role === "unit")?.scopeId;
      // Units with an account to act for them (the `unit` demo account's, the messages seeder's unit-<code>).
      const units = unitRows.flatMap((u) => {
        const holder =
          (u.id === demoUnitId ? byName.get("unit") : undefined) ??
          users.find((x) => x.roles.some((r) => r.role === "unit" && r.scopeId === u.id));
        return holder ? [{ id: u.id, code: u.code, userId: holder.id }] : [];
      });
      const demoUnit = units.find((u) => u.id === demoUnitId) ?? units[0];
      if (!office || !demoUnit || units.length < 3 || deputies.length < 15 || !districts.length) return 0;
      const saved = (tenant.settings ?? {}) as { suggestions?: { publish?: boolean } };
      // Shenyang lists its suggestions with their replies on its public page (its online platform), unless it
      // chose otherwise.
      if (PUBLISHING.includes(slug) && saved.suggestions?.publish === undefined) {
        saved.suggestions = { ...saved.suggestions, publish: true };
        await tx.tenant.update({ where: { id: tenantId }, data: { settings: saved as object } });
      }
      const settings = suggestionSettings(tenantSettingsSchema.parse(saved));
      const cityName = tenant.fullName.replace(/人大常委会$|人民代表大会常务委员会$/, "");
      const term = deputies[0]!.term;
      const Y = demoYear();
      // Each city's session opens on its own day of January (6th–20th).
      const day = 6 + ([...slug].reduce((n, ch) => n + ch.charCodeAt(0), 0) % 15);
      const sessions = [Y - 1, Y].map((y) =>
        sessionRow(tenantId, seededRandom(`session:${slug}:${y}`).uuid(), cityName, term, y, day),
      );
      const [prev, cur] = sessions.map((s): SessionRef => s);
      const refs = deputies.map((d) => ({ id: d.id, name: d.name, userId: d.userId, delegation: d.delegation }));
      const city: City = {
        tenantId,
        slug,
        cityName,
        rand: seededRandom(`suggestions:${slug}`),
        cal,
        settings,
        now: new Date(),
        today: todayInShanghai(),
        office,
        leader: byName.get("leader")?.id ?? null,
        units,
        committees: new Map(committees.map((x) => [x.code, x.id])),
        deputies: refs,
        districts: districts.map((d) => d.name),
        letters: new Map(),
      };
      const c: Ctx = {
        ...city,
        demoDeputy: refs.find((d) => d.userId !== null && d.userId === byName.get("deputy")?.id) ?? null,
        demoUnit,
        drawn: 0,
      };
      const all: Sug[] = [];
      all.push(...currentSuggestions(c));
      all.push(...yearFigures(c, prev!, cur!, Y, DEMO_FIGURES[slug] ?? OTHERS, all));
      number(all);
      if (settings.publish) publish(c, all);
      numberLetters(
        c,
        all.flatMap((s) => s.events),
      );

      await tx.congressSession.createMany({
        data: sessions.map((s) => ({
          ...s,
          opensOn: new Date(`${s.opensOn}T00:00:00Z`),
          closesOn: new Date(`${s.closesOn}T00:00:00Z`),
          deadlineOn: new Date(`${s.deadlineOn}T00:00:00Z`),
        })),
      });
      const rows = (f: (s: Sug) => Row[]) => all.flatMap(f);
      await bulkInsert(
        tx,
        "Suggestion",
        tenantId,
        rows((s) => [s.row]),
      );
      await bulkInsert(
        tx,
        "SuggestionSigner",
        tenantId,
        rows((s) => s.signers),
      );
      await bulkInsert(tx, "SuggestionLetter", tenantId, [...c.letters.values()]);
      await bulkInsert(
        tx,
        "SuggestionAssignment",
        tenantId,
        rows((s) => s.asg),
      );
      await bulkInsert(
        tx,
        "SuggestionReply",
        tenantId,
        rows((s) => s.replies),
      );
      await bulkInsert(
        tx,
        "SuggestionContact",
        tenantId,
        rows((s) => s.contacts),
      );
      await bulkInsert(
        tx,
        "SuggestionMeeting",
        tenantId,
        rows((s) => s.meetings),
      );
      await storeBills(tx, tenantId, all, new Map(deputies.map((d) => [d.id, d.name])));
      await bulkInsert(
        tx,
        "SuggestionEvent",
        tenantId,
        rows((s) => s.events),
      );
      return all.length;
    },
    { timeout: 120_000 },
  );
}

export const seedSuggestionsDemo: Seeder = async (slugs, log) => {
  for (const slug of slugs) {
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant || (await unsafePrisma.suggestion.count({ where: { tenantId: tenant.id } })) > 0) continue;
    const made = await seedSuggestionsFor(tenant.id, slug);
    if (made) log(`seeded ${made} deputies' suggestions for ${slug}`);
  }
};
