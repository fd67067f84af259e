// Benchmark of the draft parser and comparison: `npx tsx --conditions=react-server scripts/bench-parse-draft.ts`.
// Generates a realistic 200-article draft (chapters, sections, 款, 项, ~100–250 characters per article), warms up,
// then times parseDraft and compareDrafts. Target: parseDraft of 200 articles < 20 ms.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { numberToChinese } from "@/lib/modules/legislation";
import { compareDrafts } from "@/lib/modules/legislation";
import { articleLabel, parseDraft, type ParsedArticle } from "@/lib/modules/legislation";

const ITERATIONS = 200;
const WARMUP = 30;
const COMPARE_ITERATIONS = 50;

// Deterministic pseudo-random numbers, so every run measures the same text.
let seed = 42;
function rand(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
}
function pick<T>(xs: readonly T[]): T {
  const x = xs[Math.floor(rand() * xs.length)];
  if (x === undefined) throw new Error("empty list");
  return x;
}

const SUBJECTS = [
  "市人民政府",
  "县（区）人民政府",
  "城市绿化行政主管部门",
  "自然资源部门",
  "住房和城乡建设部门",
  "养护管理责任人",
  "建设单位",
  "物业服务企业",
  "任何单位和个人",
];
const VERBS = ["应当加强", "负责组织实施", "应当依法做好", "按照规定权限负责", "应当会同有关部门做好", "不得擅自改变"];
const OBJECTS = [
  "城市绿地的规划、建设和管理工作",
  "古树名木的普查、鉴定和登记",
  "附属绿化工程的设计审查和竣工验收",
  "城市树木的修剪、补植和病虫害防治",
  "绿线内用地的保护和监督检查",
  "公园绿地、防护绿地和广场绿地的养护",
];
const TAILS = [
  "，保障城市绿化成果。",
  "，并向社会公布。",
  "，具体办法由市人民政府制定。",
  "，所需经费纳入本级财政预算。",
];

function sentence(): string {
  return pick(SUBJECTS) + pick(VERBS) + pick(OBJECTS) + pick(TAILS);
}

/** One article: 1–3 款 of 1–3 sentences, every fourth article with a list of 项; ~100–250 characters. */
function articleBody(n: number, variant = 0): string[] {
  const clause = () => Array.from({ length: 1 + Math.floor(rand() * 3) }, sentence).join("");
  const lines: string[] = [clause()];
  if (n % 4 === 0) {
    lines.push(`有下列情形之一的，依照本条例第${numberToChinese(Math.max(1, n - 3))}条的规定处理：`);
    const count = 2 + Math.floor(rand() * 4);
    for (let i = 1; i <= count; i++)
      lines.push(`（${numberToChinese(i)}）${pick(OBJECTS)}${i === count ? "。" : "；"}`);
  }
  const target = 100 + Math.floor(rand() * 150);
  while (lines.join("").length < target && lines.length < 8) lines.push(clause());
  // The edit of a second version comes last, so both versions draw the same random numbers.
  if (variant > 0)
    lines[0] = (lines[0] ?? "").replace(/。$/, `，并在${numberToChinese((variant % 30) + 5)}个工作日内向社会公布。`);
  return lines;
}

/** A 200-article draft: 8 chapters of 25 articles; chapter 3 has 3 sections. Optional edits for a second version. */
function generateDraft(opts: { changed?: ReadonlySet<number>; insertAfter?: number; seed?: number } = {}): string {
  seed = opts.seed ?? 42; // both versions share the same base text
  const chapters = ["总　　则", "规划与建设", "保护与管理", "养护管理", "公众参与", "监督检查", "法律责任", "附　　则"];
  const sections = new Map([
    [51, "绿地保护"],
    [59, "树木保护"],
    [67, "古树名木保护"],
  ]);
  const heading = (n: number, kind: "章" | "节", title: string) => `第${numberToChinese(n)}${kind}\u3000${title}`;
  const out = [
    "辽源市城市绿化条例（草案）",
    "",
    "（2022年　月　日辽源市第十七届人民代表大会常务委员会第　次会议通过）",
    "",
    "目　　录",
    ...chapters.map((t, i) => heading(i + 1, "章", t)),
  ];
  let label = 0;
  for (let n = 1; n <= 200; n++) {
    const chapter = Math.floor((n - 1) / 25);
    if ((n - 1) % 25 === 0) out.push("", heading(chapter + 1, "章", chapters[chapter] ?? ""), "");
    const section = sections.get(n);
    if (section) out.push(heading([...sections.keys()].indexOf(n) + 1, "节", section));
    const body = articleBody(n, opts.changed?.has(n) ? n : 0);
    out.push(`${articleLabel(++label)}\u3000${body[0] ?? ""}`, ...body.slice(1));
    if (opts.insertAfter === n) {
      out.push(`${articleLabel(++label)}\u3000市、县（区）人民政府应当建立城市绿化工作协调机制，研究解决重大问题。`);
    }
    if (n % 30 === 0) out.push(`- ${n / 30} -`); // page numbers, as in text copied from a PDF
  }
  return out.join("\n");
}

type Stats = { min: number; median: number; p95: number; max: number; mean: number };
function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { min: s[0] ?? Number.NaN, median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? Number.NaN, mean };
}

function time(fn: () => unknown, warmup: number, iterations: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

const ms = (x: number) => `${x.toFixed(3)} ms`;
function report(name: string, samples: number[]): Stats {
  const r = stats(samples);
  console.log(
    `${name}: n=${samples.length}  min ${ms(r.min)}  median ${ms(r.median)}  p95 ${ms(r.p95)}  max ${ms(r.max)}` +
      `  (mean ${ms(r.mean)})`,
  );
  return r;
}

const v1Text = generateDraft();
const v2Text = generateDraft({ changed: new Set([7, 23, 41, 58, 77, 99, 120, 143, 171, 198]), insertAfter: 100 });
const v1 = parseDraft(v1Text);
const v2 = parseDraft(v2Text);
const count = (f: (a: ParsedArticle) => number) => v1.articles.reduce((n, a) => n + f(a), 0);

const cpus = os.cpus();
console.log(`date:    ${new Date().toISOString()}`);
console.log(`machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length} (${os.platform()} ${os.arch()})`);
console.log(`node:    ${process.version}`);
console.log(
  `draft:   ${v1Text.length} characters, ${v1.articles.length} articles, ${v1.chapters.length} chapters, ` +
    `${v1.chapters.reduce((n, c) => n + c.sections.length, 0)} sections, ` +
    `${count((a) => a.clauses.length)} 款, ${count((a) => a.clauses.reduce((m, c) => m + c.items.length, 0))} 项, ` +
    `${Math.round(count((a) => a.text.length) / v1.articles.length)} characters per article, ` +
    `warnings ${JSON.stringify(v1.warnings)}`,
);

const parse = report(
  `parseDraft (200 articles, ${ITERATIONS} runs)`,
  time(() => parseDraft(v1Text), WARMUP, ITERATIONS),
);

const kinds: Record<string, number> = {};
for (const c of compareDrafts(v1.articles, v2.articles)) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
console.log(`compare: ${v1.articles.length} → ${v2.articles.length} articles: ${JSON.stringify(kinds)}`);
report(
  "compareDrafts (10 changed, 1 inserted)",
  time(() => compareDrafts(v1.articles, v2.articles), 5, COMPARE_ITERATIONS),
);
// Two unrelated drafts from the same small vocabulary: most pairs still pass the similarity threshold, so this
// measures the all-pairs matching plus ~170 character diffs of dissimilar texts.
const other = parseDraft(generateDraft({ seed: 7 }));
report(
  "compareDrafts worst case (unrelated drafts)",
  time(() => compareDrafts(v1.articles, other.articles), 2, 10),
);

console.log(parse.median < 20 ? `OK: median ${ms(parse.median)} < 20 ms` : `SLOW: median ${ms(parse.median)} ≥ 20 ms`);
