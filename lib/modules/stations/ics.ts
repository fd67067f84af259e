// An iCalendar (RFC 5545) writer for the stations' reception days, pure and small enough to test line by line.
// Times are written in UTC (…Z), so no VTIMEZONE is needed and every phone calendar shows them in its own zone.
// Lines are folded at 75 octets (not characters: a Chinese character is 3 octets in UTF-8, so a 75-character
// line would be far over) and never inside a character; every line ends with CRLF.

export type IcsEvent = {
  /** Stable across feeds, so a subscribed calendar updates the event instead of duplicating it. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  url?: string;
};

export type IcsCalendar = { name: string; events: IcsEvent[]; now?: Date };

const PRODID = "-//Lianxin//Liaison stations//ZH";
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon and comma escaped, newlines as \n (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** One content line folded at 75 octets: continuation lines begin with a space (which counts in their 75). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    if (octets + size > limit) {
      parts.push(current);
      current = " ";
      octets = 1;
      limit = MAX_OCTETS;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n");
}

/** 20261215T010000Z: a UTC date-time (FORM #2 of RFC 5545 §3.3.5). */
export function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** The instant of a Shanghai wall-clock time on a Shanghai day (UTC+8, no daylight saving). */
export function shanghaiInstant(day: string, time: string): Date {
  return new Date(`${day}T${time.padStart(5, "0")}:00+08:00`);
}

/** The whole feed, CRLF-terminated, ready to serve as text/calendar. */
export function writeCalendar({ name, events, now = new Date() }: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    "X-WR-TIMEZONE:Asia/Shanghai",
  ];
  const stamp = utcStamp(now);
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(e.start)}`,
      `DTEND:${utcStamp(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `LOCATION:${escapeText(e.location)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.url ? [`URL:${e.url}`] : []),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
