// The rates' charts, drawn on the server as SVG like the messages' statistics (no chart library in the
// browser): the reply rate per unit (the units with the most assigned), the replies' A/B/C make-up and the
// ratings' as stacked bars, and each year's reply and satisfaction rates. Each is named by its title and
// described in words; the tables hold every figure.
import type { SuggestionFigures } from "@/lib/modules/suggestions/client";

const WIDTH = 560;
const LABEL = 150;
const BAR = 14;

type RateBar = { key: string; label: string; rate: number | null; second?: number | null };

/** Horizontal bars of rates (0–1), a second lighter bar under each when given. */
export function RateBars(props: { id: string; rows: RateBar[]; title: string; desc: string }) {
  const two = props.rows.some((r) => r.second !== undefined);
  const row = (two ? 2 * BAR : BAR) + 10;
  const height = props.rows.length * row + 8;
  const scale = (n: number | null) => ((WIDTH - LABEL - 60) * (n ?? 0)) / 1;
  const pct = (n: number | null) => (n === null ? "—" : `${Math.round(n * 1000) / 10}%`);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${Math.max(height, 24)}`}
      className="h-auto w-full max-w-2xl"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
      {props.rows.map((r, i) => {
        const y = 8 + i * row;
        const name = r.label.length > 10 ? `${r.label.slice(0, 9)}…` : r.label;
        return (
          <g key={r.key || `none-${i}`}>
            <text x={LABEL - 6} y={y + BAR - 2} textAnchor="end" fontSize="13" fill="#1f2937">
              {name}
            </text>
            <rect x={LABEL} y={y} width={scale(r.rate)} height={BAR} rx="2" fill="#b91c1c" />
            <text x={LABEL + scale(r.rate) + 6} y={y + BAR - 3} fontSize="11" fill="#1f2937">
              {pct(r.rate)}
            </text>
            {r.second !== undefined && (
              <>
                <rect x={LABEL} y={y + BAR} width={scale(r.second)} height={BAR} rx="2" fill="#fca5a5" />
                <text x={LABEL + scale(r.second) + 6} y={y + 2 * BAR - 3} fontSize="11" fill="#1f2937">
                  {pct(r.second)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

type Part = { key: string; name: string; value: number; color: string };

/** One stacked bar of parts of a whole, with its legend. */
export function StackedBar(props: { id: string; parts: Part[]; title: string; desc: string }) {
  const sum = props.parts.reduce((n, p) => n + p.value, 0);
  let x = 0;
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} 28`}
        className="h-auto w-full max-w-2xl"
        role="img"
        aria-labelledby={`${props.id}-title ${props.id}-desc`}
      >
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.desc}</desc>
        <rect x="0" y="0" width={WIDTH} height="28" rx="4" fill="#f3f4f6" />
        {sum > 0 &&
          props.parts.map((p) => {
            const w = (WIDTH * p.value) / sum;
            const rect = <rect key={p.key} x={x} y="0" width={w} height="28" fill={p.color} />;
            x += w;
            return rect;
          })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-700">
          {props.parts.map((p) => (
            <li key={p.key} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: p.color }} />
              {p.name} {p.value}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

export const ABC_COLORS = { a: "#15803d", b: "#f59e0b", c: "#9ca3af" } as const;
export const RATING_COLORS = { satisfied: "#15803d", basic: "#86efac", unsatisfied: "#b91c1c" } as const;

export function abcParts(f: SuggestionFigures, name: (k: "a" | "b" | "c") => string): Part[] {
  return (["a", "b", "c"] as const).map((k) => ({ key: k, name: name(k), value: f[k], color: ABC_COLORS[k] }));
}

export function ratingParts(f: SuggestionFigures, name: (k: keyof typeof RATING_COLORS) => string): Part[] {
  return (["satisfied", "basic", "unsatisfied"] as const).map((k) => ({
    key: k,
    name: name(k),
    value: f[k],
    color: RATING_COLORS[k],
  }));
}
