// Character diff (Myers, O((N+M)·D)), with common prefix/suffix trimmed first. Pure; used by draft-compare.ts
// to show what changed inside an article.

export type TextDiffPart = { op: "equal" | "insert" | "delete"; text: string };

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
