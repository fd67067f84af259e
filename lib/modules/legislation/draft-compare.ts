// Article-by-article comparison of two versions of a draft (一审稿 → 二审稿 …). Pure, like the parser.
//
// Plain text has no stable article ids, so articles are matched: identical text first (第五条 that became 第六条
// with the same text is the same article, "renumbered"), then by similarity (character-bigram Dice ≥ 0.6,
// greedy best-first, one-to-one). What is left over was added or removed.
import type { ParsedArticle } from "./draft-parser";
import { diffText, type TextDiffPart } from "./text-diff";

export { diffText, type TextDiffPart };

export type ArticleChange =
  | { kind: "unchanged"; from: ParsedArticle; to: ParsedArticle }
  | { kind: "renumbered"; from: ParsedArticle; to: ParsedArticle } // same text, new number
  | {
      kind: "changed";
      from: ParsedArticle;
      to: ParsedArticle;
      similarity: number;
      renumbered: boolean;
      diff: TextDiffPart[];
    }
  | { kind: "added"; to: ParsedArticle }
  | { kind: "removed"; from: ParsedArticle };

/** Minimum bigram-Dice similarity for two different texts to count as the same (edited) article. */
export const SIMILARITY_THRESHOLD = 0.6;

/** Text used for matching: all whitespace removed, so re-spacing or re-wrapping is not a change. */
export function matchKey(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * The character bigrams of a text as a sorted multiset of interned ids (a one-character text counts its character),
 * so two texts intersect in one linear merge.
 */
function grams(s: string, dict: Map<string, number>): Int32Array {
  const chars = Array.from(s);
  const keys = chars.length === 1 ? [`\u0000${chars[0] ?? ""}`] : [];
  for (let i = 0; i + 1 < chars.length; i++) keys.push((chars[i] ?? "") + (chars[i + 1] ?? ""));
  const ids = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    let id = dict.get(k);
    if (id === undefined) {
      id = dict.size;
      dict.set(k, id);
    }
    ids[i] = id;
  });
  return ids.sort();
}

/** Dice coefficient of two sorted multisets: 2·|A∩B| / (|A|+|B|). */
function dice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** Character-bigram Dice coefficient (multiset) of two texts, whitespace ignored: 1 = identical, 0 = disjoint. */
export function similarity(a: string, b: string): number {
  const ka = matchKey(a);
  const kb = matchKey(b);
  if (ka === kb) return 1;
  const dict = new Map<string, number>();
  return dice(grams(ka, dict), grams(kb, dict));
}

export type ArticleMatch = { from: number; to: number; similarity: number; identical: boolean };

/**
 * Matches the articles of version `a` to those of version `b` (indices into the arrays), one-to-one.
 * Identical texts first (same number preferred, then the nearest position), then pairs with similarity ≥
 * {@link SIMILARITY_THRESHOLD}, best first, ties broken by the same number and then by closeness in position.
 * Returned in the order of `b`.
 */
export function matchArticles(a: readonly ParsedArticle[], b: readonly ParsedArticle[]): ArticleMatch[] {
  const keysA = a.map((x) => matchKey(x.text));
  const keysB = b.map((x) => matchKey(x.text));
  const usedA = new Array<boolean>(a.length).fill(false);
  const matchOfB = new Array<ArticleMatch | undefined>(b.length);

  // 1. Identical text.
  const byKey = new Map<string, number[]>();
  keysA.forEach((k, i) => {
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const sameNumber = (i: number, j: number) => a[i]?.number === b[j]?.number && a[i]?.suffix === b[j]?.suffix;
  for (let j = 0; j < b.length; j++) {
    const candidates = byKey.get(keysB[j] ?? "")?.filter((i) => !usedA[i]);
    if (!candidates || candidates.length === 0) continue;
    let best = candidates[0] ?? 0;
    for (const i of candidates) {
      if (sameNumber(i, j)) {
        best = i;
        break;
      }
      if (Math.abs(rel(i, a.length) - rel(j, b.length)) < Math.abs(rel(best, a.length) - rel(j, b.length))) best = i;
    }
    usedA[best] = true;
    matchOfB[j] = { from: best, to: j, similarity: 1, identical: true };
  }

  // 2. Similar text among the rest.
  const restA = a.map((_, i) => i).filter((i) => !usedA[i]);
  const restB = b.map((_, j) => j).filter((j) => matchOfB[j] === undefined);
  if (restA.length > 0 && restB.length > 0) {
    const dict = new Map<string, number>();
    const gramsA = new Map(restA.map((i) => [i, grams(keysA[i] ?? "", dict)] as const));
    const gramsB = new Map(restB.map((j) => [j, grams(keysB[j] ?? "", dict)] as const));
    const none = new Int32Array(0);
    const pairs: { i: number; j: number; s: number; same: boolean; dist: number }[] = [];
    for (const i of restA) {
      const ga = gramsA.get(i) ?? none;
      for (const j of restB) {
        const gb = gramsB.get(j) ?? none;
        // Dice cannot exceed 2·min/(sum): skip pairs whose lengths alone rule them out.
        const sum = ga.length + gb.length;
        if (sum > 0 && (2 * Math.min(ga.length, gb.length)) / sum < SIMILARITY_THRESHOLD) continue;
        const s = dice(ga, gb);
        if (s >= SIMILARITY_THRESHOLD) {
          pairs.push({ i, j, s, same: sameNumber(i, j), dist: Math.abs(rel(i, a.length) - rel(j, b.length)) });
        }
      }
    }
    pairs.sort((p, q) => q.s - p.s || Number(q.same) - Number(p.same) || p.dist - q.dist || p.j - q.j || p.i - q.i);
    for (const p of pairs) {
      if (usedA[p.i] || matchOfB[p.j] !== undefined) continue;
      usedA[p.i] = true;
      matchOfB[p.j] = { from: p.i, to: p.j, similarity: p.s, identical: false };
    }
  }

  return matchOfB.filter((m): m is ArticleMatch => m !== undefined);
}

function rel(i: number, n: number): number {
  return n <= 1 ? 0 : i / (n - 1);
}

/**
 * Compares two versions article by article. The result follows the order of `b`; a removed article is placed
 * right after the article that followed its nearest preceding matched article in `a` (or first, if none).
 */
export function compareDrafts(a: readonly ParsedArticle[], b: readonly ParsedArticle[]): ArticleChange[] {
  const matches = matchArticles(a, b);
  const byTo = new Map<number, ArticleMatch>();
  const toOfFrom = new Map<number, number>();
  for (const m of matches) {
    byTo.set(m.to, m);
    toOfFrom.set(m.from, m.to);
  }

  // Removed articles, grouped by the position in b they follow (-1: before everything).
  const removedAfter = new Map<number, ParsedArticle[]>();
  let anchor = -1;
  a.forEach((article, i) => {
    const to = toOfFrom.get(i);
    if (to !== undefined) {
      anchor = to;
      return;
    }
    const list = removedAfter.get(anchor);
    if (list) list.push(article);
    else removedAfter.set(anchor, [article]);
  });

  const out: ArticleChange[] = [];
  const pushRemoved = (k: number) => {
    for (const from of removedAfter.get(k) ?? []) out.push({ kind: "removed", from });
  };
  pushRemoved(-1);
  b.forEach((to, j) => {
    const m = byTo.get(j);
    const from = m === undefined ? undefined : a[m.from];
    if (m === undefined || from === undefined) {
      out.push({ kind: "added", to });
    } else {
      const renumbered = from.number !== to.number || from.suffix !== to.suffix;
      if (m.identical) out.push(renumbered ? { kind: "renumbered", from, to } : { kind: "unchanged", from, to });
      else
        out.push({
          kind: "changed",
          from,
          to,
          similarity: m.similarity,
          renumbered,
          diff: diffText(from.text, to.text),
        });
    }
    pushRemoved(j);
  });
  return out;
}

/**
 * The identity of each article of `next`: the identity of the previous article it matches, or a fresh `newId()`.
 * Lets a stored article keep one id across versions (comments, opinions and dispositions attach to it).
 */
export function carryIdentities(
  prev: readonly { identity: string; article: ParsedArticle }[],
  next: readonly ParsedArticle[],
  newId: () => string,
): string[] {
  const ids = new Array<string | undefined>(next.length);
  for (const m of matchArticles(
    prev.map((p) => p.article),
    next,
  )) {
    ids[m.to] = prev[m.from]?.identity;
  }
  return next.map((_, j) => ids[j] ?? newId());
}
