// Article-by-article comparison of two versions of a draft (一审稿 → 二审稿 …). Pure, like the parser.
//
// Plain text has no stable article ids, so articles are matched: identical text first (第五条 that became 第六条
// with the same text is the same article, "renumbered"), then by similarity (character-bigram Dice ≥ 0.6,
// greedy best-first, one-to-one). What is left over was added or removed.
import type { ParsedArticle } from "./draft-parser";

export type TextDiffPart = { op: "equal" | "insert" | "delete"; text: string };
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
      else out.push({ kind: "changed", from, to, similarity: m.similarity, renumbered, diff: diffText(from.text, to.text) });
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

// ---------------------------------------------------------------------------------------------------------------
// Character diff (Myers, O((N+M)·D)), with common prefix/suffix trimmed first.

/** Above this edit distance, or (N+M)·D work, the middle of the texts is reported as one delete + one insert. */
const MAX_EDIT_DISTANCE = 2000;
const MAX_WORK = 16_000_000;

/**
 * Character-level diff of two texts (by Unicode code point). Joining the `equal` and `delete` parts gives `a`;
 * joining the `equal` and `insert` parts gives `b`. Within a changed stretch deletions come before insertions,
 * and one- or two-character coincidences between larger edits are folded into them, so the output reads well.
 */
export function diffText(a: string, b: string): TextDiffPart[] {
  if (a === b) return a === "" ? [] : [{ op: "equal", text: a }];
  const x = Array.from(a);
  const y = Array.from(b);
  let pre = 0;
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++;
  let suf = 0;
  while (suf < x.length - pre && suf < y.length - pre && x[x.length - 1 - suf] === y[y.length - 1 - suf]) suf++;
  const mx = x.slice(pre, x.length - suf);
  const my = y.slice(pre, y.length - suf);

  const ops: TextDiffPart[] = [];
  if (pre > 0) ops.push({ op: "equal", text: x.slice(0, pre).join("") });
  const middle = myers(mx, my);
  if (middle) ops.push(...middle);
  else {
    if (mx.length > 0) ops.push({ op: "delete", text: mx.join("") });
    if (my.length > 0) ops.push({ op: "insert", text: my.join("") });
  }
  if (suf > 0) ops.push({ op: "equal", text: x.slice(x.length - suf).join("") });
  return cleanup(ops);
}

/** Myers' greedy algorithm; null when the edit distance exceeds the caps. */
function myers(x: string[], y: string[]): TextDiffPart[] | null {
  const n = x.length;
  const m = y.length;
  if (n === 0 && m === 0) return [];
  if (n === 0) return [{ op: "insert", text: y.join("") }];
  if (m === 0) return [{ op: "delete", text: x.join("") }];
  const maxD = Math.min(n + m, MAX_EDIT_DISTANCE, Math.floor(MAX_WORK / (n + m)));
  // Compare code points as numbers: much faster than one-character strings in the hot loop.
  const cx = Int32Array.from(x, (c) => c.codePointAt(0) ?? 0);
  const cy = Int32Array.from(y, (c) => c.codePointAt(0) ?? 0);
  const off = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  const trace: Int32Array[] = []; // trace[d] = v before step d, for k in [-d-1, d+1]
  let found = -1;
  for (let d = 0; d <= maxD && found < 0; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const left = v[off + k - 1] as number; // in bounds: v spans k in [-maxD-1, maxD+1]
      const right = v[off + k + 1] as number;
      let px = k === -d || (k !== d && left < right) ? right : left + 1;
      let py = px - k;
      while (px < n && py < m && cx[px] === cy[py]) {
        px++;
        py++;
      }
      v[off + k] = px;
      if (px >= n && py >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  // Walk back from (n, m).
  const rev: { op: TextDiffPart["op"]; ch: string }[] = [];
  let px = n;
  let py = m;
  for (let d = found; d >= 0; d--) {
    const snap = trace[d];
    if (!snap) break;
    const at = (k: number) => snap[k + d + 1] ?? 0;
    const k = px - py;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (px > prevX && py > prevY) {
      rev.push({ op: "equal", ch: x[px - 1] ?? "" });
      px--;
      py--;
    }
    if (d > 0) {
      if (px === prevX) rev.push({ op: "insert", ch: y[prevY] ?? "" });
      else rev.push({ op: "delete", ch: x[prevX] ?? "" });
    }
    px = prevX;
    py = prevY;
  }
  const parts: TextDiffPart[] = [];
  for (let i = rev.length - 1; i >= 0; i--) {
    const r = rev[i];
    if (!r) continue;
    const last = parts[parts.length - 1];
    if (last && last.op === r.op) last.text += r.ch;
    else parts.push({ op: r.op, text: r.ch });
  }
  return parts;
}

/** Groups each changed stretch as delete-then-insert and folds short equalities sandwiched between edits. */
function cleanup(parts: TextDiffPart[]): TextDiffPart[] {
  let cur = regroup(parts);
  for (let pass = 0; pass < 50; pass++) {
    let changed = false;
    const next: TextDiffPart[] = [];
    for (let i = 0; i < cur.length; i++) {
      const p = cur[i];
      if (!p) continue;
      if (p.op === "equal" && i > 0 && i < cur.length - 1) {
        const len = Array.from(p.text).length;
        const before = editSize(cur, i, -1);
        const after = editSize(cur, i, 1);
        // Like diff-match-patch's semantic cleanup: an equality no longer than the edits on both sides, and at
        // most two characters (a shared 的 or 和), is noise.
        if (len <= 2 && len <= before && len <= after) {
          next.push({ op: "delete", text: p.text }, { op: "insert", text: p.text });
          changed = true;
          continue;
        }
      }
      next.push({ ...p });
    }
    cur = regroup(next);
    if (!changed) break;
  }
  return cur;
}

/** Largest of the deleted and inserted lengths in the edit run next to index i (dir −1: before, +1: after). */
function editSize(parts: TextDiffPart[], i: number, dir: -1 | 1): number {
  let del = 0;
  let ins = 0;
  for (let j = i + dir; j >= 0 && j < parts.length; j += dir) {
    const p = parts[j];
    if (!p || p.op === "equal") break;
    if (p.op === "delete") del += Array.from(p.text).length;
    else ins += Array.from(p.text).length;
  }
  return Math.max(del, ins);
}

/** Merges adjacent parts: within each run of edits, one delete (all deletions) then one insert. */
function regroup(parts: TextDiffPart[]): TextDiffPart[] {
  const out: TextDiffPart[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    if (del) out.push({ op: "delete", text: del });
    if (ins) out.push({ op: "insert", text: ins });
    del = "";
    ins = "";
  };
  for (const p of parts) {
    if (p.text === "") continue;
    if (p.op === "delete") del += p.text;
    else if (p.op === "insert") ins += p.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last && last.op === "equal") last.text += p.text;
      else out.push({ op: "equal", text: p.text });
    }
  }
  flush();
  return out;
}
