// Client-safe exports of the ops side of citizens' messages (re-exported from ./client.ts): the statistics' query
// schema, period, figures and their labels (pure).
export {
  COUNT_FIGURES,
  MESSAGE_STATS_VIEWS,
  messageStatsFilter,
  messageStatsPeriod,
  messageStatsQuerySchema,
  ratePercent,
  replyDays,
  satisfactionRate,
  type CountFigure,
  type MessageStats,
  type MessageStatsFigures,
  type MessageStatsQuery,
  type MessageStatsRow,
  type MessageStatsView,
} from "./stats-query";
export { messageStatsRowLabel, STATS_COLUMNS, statsCell, type Say, type StatsColumn } from "./stats-labels";
