// How a statistics row and its figures are named, the same on the page and in the .xlsx: a category's code is
// named from the shared messages (a city's own category is shown as it is), a row without a station, deputy,
// unit or district says so, and the columns come in one order.
import type { MessageStatsFigures, MessageStatsRow, MessageStatsView } from "./stats-query";
import { ratePercent } from "./stats-query";
import { isDefaultCategory } from "./settings";

/** A translator of full message keys (next-intl's, or the server's for the export). */
export type Say = (key: string) => string;

export function messageStatsRowLabel(row: Pick<MessageStatsRow, "key" | "label">, view: MessageStatsView, say: Say) {
  if (row.key === "") return say(`citizenMessageStats.none.${view}`);
  if (view === "category" && isDefaultCategory(row.key)) return say(`citizenMessages.categories.${row.key}`);
  return row.label;
}

/** The table's and the export's columns, in order. */
export const STATS_COLUMNS = [
  "received",
  "accepted",
  "replied",
  "repliedOnTime",
  "overdue",
  "rated",
  "satisfied",
  "basic",
  "unsatisfied",
  "satisfactionRate",
  "reopened",
  "autoClosed",
  "replyDaysAvg",
  "replyDaysMedian",
] as const;
export type StatsColumn = (typeof STATS_COLUMNS)[number];

/** A figure as shown: counts as they are, the rate as a percentage with one decimal, null as none. */
export function statsCell(f: MessageStatsFigures, column: StatsColumn): number | null {
  return column === "satisfactionRate" ? ratePercent(f.satisfactionRate) : f[column];
}
