// A horizontal bar chart drawn on the server as SVG (no chart library in the browser): one bar per row for one
// measure, the largest first. Named by its title and described in words; the table beside it holds every figure.
import type { StatsRow } from "@/lib/modules/stations";

type Measure = "receptions" | "people" | "issues";
type Props = { rows: StatsRow[]; measure: Measure; title: string; desc: string; max?: number };

const BAR = 22;
const GAP = 8;
const LABEL = 150;
const WIDTH = 560;

export function StatsChart({ rows, measure, title, desc, max = 15 }: Props) {
  const shown = [...rows].sort((a, b) => b[measure] - a[measure]).slice(0, max);
  const top = Math.max(1, ...shown.map((r) => r[measure]));
  const height = shown.length * (BAR + GAP) + GAP;
  const id = `chart-${measure}`;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-2xl"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {shown.map((r, i) => {
        const y = GAP + i * (BAR + GAP);
        const w = Math.max(1, ((WIDTH - LABEL - 60) * r[measure]) / top);
        const name = r.label.length > 10 ? `${r.label.slice(0, 9)}…` : r.label;
        return (
          <g key={r.key || i}>
            <text x={LABEL - 6} y={y + BAR / 2 + 5} textAnchor="end" fontSize="13" fill="#1f2937">
              {name}
            </text>
            <rect x={LABEL} y={y} width={w} height={BAR} rx="3" fill="#b91c1c" />
            <text x={LABEL + w + 6} y={y + BAR / 2 + 5} fontSize="13" fill="#1f2937">
              {r[measure]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
