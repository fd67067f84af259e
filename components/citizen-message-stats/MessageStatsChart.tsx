// Two charts drawn on the server as SVG (no chart library in the browser), like the stations' statistics: the
// messages received and replied per row (the most received first), and the ratings' make-up with the messages
// closed unrated beside them. Each is named by its title and described in words; the table holds every figure.
import type { MessageStatsFigures } from "@/lib/modules/citizen-messages";

type Bar = { key: string; label: string; received: number; replied: number };

const BAR = 12;
const ROW = 2 * BAR + 10;
const LABEL = 150;
const WIDTH = 560;

export function ReceivedRepliedChart(props: { rows: Bar[]; title: string; desc: string; max?: number }) {
  const shown = [...props.rows].sort((a, b) => b.received - a.received).slice(0, props.max ?? 15);
  const top = Math.max(1, ...shown.map((r) => r.received));
  const height = shown.length * ROW + 8;
  const scale = (n: number) => Math.max(n > 0 ? 1 : 0, ((WIDTH - LABEL - 50) * n) / top);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-2xl"
      role="img"
      aria-labelledby="msg-chart-title msg-chart-desc"
    >
      <title id="msg-chart-title">{props.title}</title>
      <desc id="msg-chart-desc">{props.desc}</desc>
      {shown.map((r, i) => {
        const y = 8 + i * ROW;
        const name = r.label.length > 10 ? `${r.label.slice(0, 9)}…` : r.label;
        return (
          <g key={r.key || `none-${i}`}>
            <text x={LABEL - 6} y={y + BAR + 4} textAnchor="end" fontSize="13" fill="#1f2937">
              {name}
            </text>
            <rect x={LABEL} y={y} width={scale(r.received)} height={BAR} rx="2" fill="#fca5a5" />
            <text x={LABEL + scale(r.received) + 6} y={y + BAR - 2} fontSize="11" fill="#1f2937">
              {r.received}
            </text>
            <rect x={LABEL} y={y + BAR} width={scale(r.replied)} height={BAR} rx="2" fill="#b91c1c" />
            <text x={LABEL + scale(r.replied) + 6} y={y + 2 * BAR - 2} fontSize="11" fill="#1f2937">
              {r.replied}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const PARTS = [
  ["satisfied", "#15803d"],
  ["basic", "#86efac"],
  ["unsatisfied", "#b91c1c"],
  ["autoClosed", "#9ca3af"],
] as const;

export function RatingChart(props: {
  total: MessageStatsFigures;
  title: string;
  desc: string;
  names: Record<(typeof PARTS)[number][0], string>;
}) {
  const sum = PARTS.reduce((n, [k]) => n + props.total[k], 0);
  let x = 0;
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} 28`}
        className="h-auto w-full max-w-2xl"
        role="img"
        aria-labelledby="rating-chart-title rating-chart-desc"
      >
        <title id="rating-chart-title">{props.title}</title>
        <desc id="rating-chart-desc">{props.desc}</desc>
        <rect x="0" y="0" width={WIDTH} height="28" rx="4" fill="#f3f4f6" />
        {sum > 0 &&
          PARTS.map(([k, color]) => {
            const w = (WIDTH * props.total[k]) / sum;
            const rect = <rect key={k} x={x} y="0" width={w} height="28" fill={color} />;
            x += w;
            return rect;
          })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-700">
          {PARTS.map(([k, color]) => (
            <li key={k} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: color }} />
              {props.names[k]} {props.total[k]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
