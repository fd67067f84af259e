// 民生实事代表票决制, the pure part: which candidates a closed PROJECTS poll chooses. Ranked by 赞成 (YES), a
// project is chosen when its 赞成 is more than half of the ballots cast and it ranks within the number to choose;
// ties keep the candidates' order on the ballot. Client-safe: no database here.

export type ProjectTally = { projectId: string; yes: number };
export type ProjectDecision = { projectId: string; votesFor: number; rank: number; chosen: boolean };

/** Ranks the tallies (1 = most 赞成) and marks the chosen: 2 × 赞成 > ballots, within the first `toChoose`. */
export function decideProjects(tallies: ProjectTally[], ballots: number, toChoose: number): ProjectDecision[] {
  const ranked = tallies.map((t, i) => ({ ...t, i })).sort((a, b) => b.yes - a.yes || a.i - b.i);
  let chosen = 0;
  return ranked.map((t, idx) => {
    const ok = chosen < toChoose && ballots > 0 && t.yes * 2 > ballots;
    if (ok) chosen += 1;
    return { projectId: t.projectId, votesFor: t.yes, rank: idx + 1, chosen: ok };
  });
}

/** The status a progress report of `percent` moves a chosen or underway project to. */
export function statusAfterReport(percent: number): "UNDERWAY" | "DONE" {
  return percent >= 100 ? "DONE" : "UNDERWAY";
}

/** Whether a project in `status` takes progress reports. */
export const takesReports = (status: string) => status === "CHOSEN" || status === "UNDERWAY";
