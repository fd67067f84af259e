// A seeded pseudo-random generator for demo data: the same city seeds the same deputies, stations and records on
// every machine (Math.random would change the demo between runs, and the tests that read it back).
export type Rand = {
  /** [0, 1). */
  next(): number;
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** One of `items` with the weights given alongside. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  chance(p: number): boolean;
  shuffle<T>(items: T[]): T[];
  /** A time-ordered UUID (version 7 layout) whose random part comes from this generator. */
  uuid(): string;
};

/** xmur3: a string to a 32-bit seed. */
function hashSeed(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

/** mulberry32 seeded by `seed` (any text: a city's slug and what is being generated). */
export function seededRandom(seed: string): Rand {
  let a = hashSeed(seed);
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  let clock = 0;
  let seq = 0;
  const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (items) => {
      let r = next() * items.reduce((s, [, w]) => s + w, 0);
      for (const [item, w] of items) if ((r -= w) < 0) return item;
      return items[items.length - 1]![0];
    },
    chance: (p) => next() < p,
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
    uuid: () => {
      // Time first, then a counter, so ids sort in creation order like the database's own uuid(7) defaults.
      const now = Date.now();
      if (now > clock) [clock, seq] = [now, 0];
      else seq++;
      const ms = hex(clock, 12);
      const r = () => hex(int(0, 0xffff), 4);
      return `${ms.slice(0, 8)}-${ms.slice(8)}-7${hex(seq & 0xfff, 3)}-${hex(0x8000 | int(0, 0x3fff), 4)}-${r()}${r()}${r()}`;
    },
  };
}

/**
 * `total` split into `n` integers each within [min, max] (max may differ per part), as far as the bounds allow,
 * at random positions.
 */
export function spread(rand: Rand, total: number, n: number, min: number, max: number | readonly number[]): number[] {
  const cap = (i: number) => Math.max(min, typeof max === "number" ? max : max[i]!);
  const out = Array.from({ length: n }, () => min);
  let left = total - n * min;
  const open = Array.from({ length: n }, (_, i) => i).filter((i) => cap(i) > min);
  while (left > 0 && open.length) {
    const k = Math.floor(rand.next() * open.length);
    const i = open[k]!;
    out[i]!++;
    left--;
    if (out[i] === cap(i)) {
      // Full: swap it out of the open list (order does not matter, positions are drawn at random).
      open[k] = open[open.length - 1]!;
      open.pop();
    }
  }
  return out;
}

/** `total` split over `weights` in proportion (largest remainder), so the parts add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, i] of order) if (left-- > 0) out[i]!++;
  return out;
}
