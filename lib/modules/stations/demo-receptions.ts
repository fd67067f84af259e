// The demo stations' reception days and the records of the past year, pure (the seeder writes them): schedules as
// each city runs them (Jining: the 15th of every month, 9:00–11:30, one theme a quarter; Shantou: themed months,
// an online station, mobile stations' one-off events in 南澳县; elsewhere a monthly day), their days materialised
// a year back and a year ahead with the city's working calendar, and records with attendance and issues whose
// totals meet the seeds' figures where they give them (金平区: 1,248 deputy visits, 537 issues, 262 solved).
import type { WorkingCalendar } from "@/lib/modules/calendar/client";
import { spread, type Rand } from "@/lib/seed/random";
import type { StationRow, StationSpec } from "./demo-stations";
import { occurrences, type Rule } from "./recurrence";
import {
  CATEGORY_WEIGHTS,
  EVENT_OFFSETS,
  ISSUES,
  JINING_QUARTERS,
  MOBILE_EVENTS,
  SHANTOU_MONTHS,
  THEMES,
} from "./demo-texts";
import type { IssueStatus } from "./workflow";

export type ScheduleRow = Rule & {
  id: string;
  station: number;
  title: string;
  startTime: string;
  endTime: string;
  location: string;
  theme: string;
  deputyIds: string[];
};
export type DayRow = {
  id: string;
  station: number;
  scheduleId: string;
  day: string;
  startTime: string;
  endTime: string;
  theme: string;
  location: string;
  deputyIds: string[];
};
export type IssueRow = { category: string; content: string; status: IssueStatus };
export type RecordRow = {
  id: string;
  station: number;
  receptionDayId: string;
  day: string;
  peopleReceived: number;
  summary: string;
  attendance: string[];
  issues: IssueRow[];
};

const DAY_MS = 86_400_000;
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

function status(rand: Rand, ageDays: number): IssueStatus {
  const [solved, progress] = ageDays > 120 ? [0.65, 0.2] : ageDays > 30 ? [0.45, 0.35] : [0.15, 0.35];
  const r = rand.next();
  return r < solved ? "SOLVED" : r < solved + progress ? "IN_PROGRESS" : "OPEN";
}

type Plan = { schedules: ScheduleRow[]; days: DayRow[]; records: RecordRow[] };

export function planReceptions(
  spec: StationSpec,
  stations: StationRow[],
  members: string[][],
  demo: { station: number; deputyId: string } | null,
  cal: WorkingCalendar,
  today: string,
  rand: Rand,
): Plan {
  const from = addMonths(today, -12);
  const to = addMonths(today, 12);
  const schedules: ScheduleRow[] = [];
  const days: DayRow[] = [];
  const themeOf = (s: ScheduleRow, day: string) => {
    const month = Number(day.slice(5, 7));
    if (s.kind === "ONCE") return s.theme;
    if (spec.reception === "jining") return JINING_QUARTERS[Math.floor((month - 1) / 3)]!;
    if (spec.reception === "shantou") return `代表主题月：${SHANTOU_MONTHS[month - 1]}`;
    return s.theme;
  };
  const duty = (station: number, size: number, k: number) => {
    const list = members[station]!;
    const demoHere = demo?.station === station ? demo.deputyId : null;
    const others = demoHere ? list.filter((d) => d !== demoHere) : list;
    const picked = Array.from(
      { length: Math.min(size, others.length) },
      (_, j) => others[(k * size + j) % others.length]!,
    );
    return [...new Set(demoHere ? [demoHere, ...picked.slice(0, size - 1)] : picked)];
  };
  const schedule = (station: number, rule: Omit<ScheduleRow, "id" | "station" | "deputyIds">, size: number) => {
    const row: ScheduleRow = { ...rule, id: rand.uuid(), station, deputyIds: duty(station, size, 0) };
    schedules.push(row);
    occurrences(row, cal, from, to).forEach((day, k) =>
      days.push({
        id: rand.uuid(),
        station,
        scheduleId: row.id,
        day,
        startTime: row.startTime,
        endTime: row.endTime,
        theme: themeOf(row, day),
        location: row.location,
        deputyIds: k === 0 ? row.deputyIds : duty(station, size, k),
      }),
    );
  };
  stations.forEach((s, i) => {
    const startsOn = s.establishedOn > from ? s.establishedOn : from;
    const common = { startsOn, endsOn: null, weekOfMonth: null, weekday: null, dayOfMonth: null, everyMonths: 1 };
    const at = s.address;
    if (s.kind === "MOBILE") {
      const [, title, place] = MOBILE_EVENTS.find(([re]) => re.test(s.name)) ?? MOBILE_EVENTS[0]!;
      for (const offset of EVENT_OFFSETS) {
        const day = addDays(today, offset);
        const location = `${s.street.name}${place}`;
        schedule(
          i,
          {
            ...common,
            kind: "ONCE",
            startsOn: day,
            endsOn: day,
            title,
            startTime: "08:30",
            endTime: "11:30",
            onHoliday: "KEEP",
            location,
            theme: title,
          },
          3,
        );
      }
      return;
    }
    if (s.kind === "ONLINE") {
      schedule(
        i,
        {
          ...common,
          kind: "MONTHLY_WEEKDAY",
          weekOfMonth: -1,
          weekday: 5,
          title: "网上代表接待",
          startTime: "19:30",
          endTime: "21:00",
          onHoliday: "KEEP",
          location: "线上",
          theme: "网上代表接待",
        },
        2,
      );
      return;
    }
    const central = s.kind === "CENTRAL";
    if (spec.reception === "jining") {
      schedule(
        i,
        {
          ...common,
          kind: "MONTHLY_DAY",
          dayOfMonth: 15,
          title: "代表公开接访日",
          startTime: "09:00",
          endTime: "11:30",
          onHoliday: "NEXT_WORKING_DAY",
          location: at,
          theme: "",
        },
        3,
      );
    } else if (central) {
      schedule(
        i,
        {
          ...common,
          kind: spec.reception === "shantou" ? "MONTHLY_DAY" : "MONTHLY_WEEKDAY",
          dayOfMonth: spec.reception === "shantou" ? 10 : null,
          weekOfMonth: spec.reception === "shantou" ? null : 1 + (i % 3),
          weekday: spec.reception === "shantou" ? null : 2 + (i % 3),
          title: "代表接待日",
          startTime: "09:00",
          endTime: "11:30",
          onHoliday: "NEXT_WORKING_DAY",
          location: at,
          theme: THEMES[i % THEMES.length]!,
        },
        3,
      );
    } else {
      schedule(
        i,
        {
          ...common,
          kind: "MONTHLY_DAY",
          dayOfMonth: 5 + ((i * 7) % 20),
          everyMonths: spec.communityEveryMonths ?? 1,
          title: "代表进社区接待",
          startTime: "14:30",
          endTime: "17:00",
          onHoliday: i % 5 === 0 ? "SKIP" : "NEXT_WORKING_DAY",
          location: at,
          theme: THEMES[(i + 3) % THEMES.length]!,
        },
        2,
      );
    }
  });
  // The demo deputy's duty tomorrow at the demo station: what the workbench and the reminder job show.
  if (demo) {
    const day = addDays(today, 1);
    const s = stations[demo.station]!;
    schedule(
      demo.station,
      {
        kind: "ONCE",
        startsOn: day,
        endsOn: day,
        everyMonths: 1,
        title: "代表进站接待（加开）",
        startTime: "09:00",
        endTime: "11:30",
        onHoliday: "KEEP",
        location: s.address,
        theme: "听取群众对民生实事的意见",
      },
      3,
    );
  }
  return { schedules, days, records: planRecords(spec, stations, days, demo, today, rand) };
}

function planRecords(
  spec: StationSpec,
  stations: StationRow[],
  days: DayRow[],
  demo: { station: number } | null,
  today: string,
  rand: Rand,
): RecordRow[] {
  const records: RecordRow[] = [];
  for (const d of days) {
    if (d.day >= today || !d.deputyIds.length) continue;
    if (demo?.station !== d.station && !rand.chance(spec.recordChance)) continue;
    records.push({
      id: rand.uuid(),
      station: d.station,
      receptionDayId: d.id,
      day: d.day,
      peopleReceived: rand.int(...spec.people),
      summary: "",
      // At the demo station the demo deputy (first on duty there) is always among those present.
      attendance: (demo?.station === d.station ? d.deputyIds : rand.shuffle([...d.deputyIds])).slice(
        0,
        rand.int(1, d.deputyIds.length),
      ),
      issues: [],
    });
  }
  const age = (r: RecordRow) => (Date.parse(today) - Date.parse(r.day)) / DAY_MS;
  const issue = (r: RecordRow): IssueRow => {
    const category = rand.weighted(CATEGORY_WEIGHTS);
    return { category, content: rand.pick(ISSUES[category]), status: status(rand, age(r)) };
  };
  const byDistrict = new Map<string, RecordRow[]>();
  for (const r of records)
    byDistrict.set(stations[r.station]!.district.name, [
      ...(byDistrict.get(stations[r.station]!.district.name) ?? []),
      r,
    ]);
  for (const [district, list] of byDistrict) {
    const exact = spec.exact?.[district] ?? {};
    if (exact.attendance !== undefined) {
      // The demo deputy (first on duty at the demo station) keeps a place in each of their records.
      const duties = new Map(days.map((d) => [d.id, d.deputyIds]));
      const counts = spread(
        rand,
        exact.attendance,
        list.length,
        1,
        list.map((r) => duties.get(r.receptionDayId)!.length),
      );
      list.forEach((r, i) => (r.attendance = duties.get(r.receptionDayId)!.slice(0, counts[i])));
    }
    if (exact.people !== undefined)
      spread(rand, exact.people, list.length, 2, 40).forEach((n, i) => (list[i]!.peopleReceived = n));
    const issueCounts =
      exact.issues !== undefined
        ? spread(rand, exact.issues, list.length, 0, 3)
        : list.map(() => rand.int(0, Math.round(spec.issuesPerRecord * 2)));
    list.forEach((r, i) => (r.issues = Array.from({ length: issueCounts[i]! }, () => issue(r))));
    if (exact.solved !== undefined) {
      const all = rand.shuffle(list.flatMap((r) => r.issues));
      all.forEach(
        (x, i) => (x.status = i < exact.solved! ? "SOLVED" : x.status === "SOLVED" ? "IN_PROGRESS" : x.status),
      );
    }
  }
  for (const r of records) {
    const solved = r.issues.filter((x) => x.status === "SOLVED").length;
    r.summary = `接待群众${r.peopleReceived}人次，收集意见建议${r.issues.length}件${solved ? `，当场或会后解决${solved}件` : ""}。`;
  }
  return records;
}
