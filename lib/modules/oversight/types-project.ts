// The livelihood projects' row types (client-safe).
export type ProjectRow = {
  id: string;
  year: number;
  level: string;
  areaName: string | null;
  title: string;
  summary: string;
  /** 万元, as text (a decimal). */
  budget: string;
  unitName: string | null;
  unitId: string | null;
  status: string;
  pollId: string | null;
  votesFor: number | null;
  rank: number | null;
  progressPercent: number;
  completedOn: string | null;
};
export type ProgressRow = { id: string; reportedOn: string; percent: number; body: string };
export type ProjectDetail = ProjectRow & { progress: ProgressRow[] };
