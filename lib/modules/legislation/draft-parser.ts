// Parses the plain text of a local regulation draft (地方性法规草案) into 章 → 节 → 条 → 款 → 项.
// Pure: no database, no `server-only`, no Node-only imports, so it also runs in the browser (live preview) and in
// tests. It never throws: whatever it cannot place ends up in `preamble` and `warnings`.
import { NUMERAL_CHARS, chineseToNumber, numberToChinese } from "./chinese-numerals";

export type ParsedItem = { number: number; text: string }; // 项 （一）（二）…
/** A 款: `text` is the whole paragraph including its 项 lines (joined with "\n"); `items` are those 项. */
export type ParsedClause = { index: number; text: string; items: ParsedItem[] };
export type ParsedArticle = {
  number: number; // 第五条 → 5 ; 第一百九十九条 → 199
  suffix: number; // 0 normally; 第十条之一 → 1 (之二 → 2)
  label: string; // "第五条", "第十条之一" as written, whitespace removed
  chapter: number | null; // chapter it sits in, null if the draft has no chapters (or it precedes the first one)
  section: number | null; // section within the chapter, or null
  text: string; // full article text WITHOUT the label, paragraphs (款 and 项 lines) joined with "\n"
  clauses: ParsedClause[];
};
export type ParsedChapter = { number: number; title: string; sections: { number: number; title: string }[] };
export type ParsedDraft = {
  title: string | null;
  preamble: string;
  chapters: ParsedChapter[];
  articles: ParsedArticle[];
  /**
   * Machine codes:
   * - `NO_ARTICLES` — nothing parsed; the whole input is in `preamble`.
   * - `NUMBERING_START:3` — the first article is not 第一条.
   * - `NUMBERING_GAP:12->14`, `NUMBERING_ORDER:14->12` — articles skip or go backwards.
   * - `DUPLICATE_NUMBER:7` (`DUPLICATE_NUMBER:10_1` for 第十条之一).
   * - `EMPTY_ARTICLE:7` — a label with no text (`7_1` for 之一).
   * - `CHAPTER_GAP:2->4`, `DUPLICATE_CHAPTER:3`, `SECTION_GAP:3:1->3` (chapter:from->to), `DUPLICATE_SECTION:3:2`.
   * - `SECTION_OUTSIDE_CHAPTER`, `ARTICLE_OUTSIDE_CHAPTER:1` — the draft has chapters but this precedes them.
   * - `UNATTACHED_TEXT` — text between a heading and the next article (kept, appended to `preamble`).
   * - `HEADINGS_NUMBERED:3` — a draft with no 第X章 had 3 unnumbered headings ("总 则", "附 则"), taken as chapters
   *   in order (第一章, 第二章, 第三章).
   * - `BARE_HEADING:总则` — an unnumbered heading in a draft that numbers its chapters: not taken as article text,
   *   kept in `preamble`.
   */
  warnings: string[];
};

/** Renders a canonical label: (5, 0) → "第五条", (10, 1) → "第十条之一". */
export function articleLabel(number: number, suffix = 0): string {
  return `第${numberToChinese(number)}条${suffix > 0 ? `之${numberToChinese(suffix)}` : ""}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Line classification

// `\s` covers tabs, U+3000 (ideographic space), U+00A0 and U+FEFF. Other invisible characters are handled below.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const N = `[${NUMERAL_CHARS}]`;
const NUM = `(${N}(?:\\s*${N})*)`; // numerals may be spaced out: "第 五 条" (also with U+3000)
const ARTICLE_RE = new RegExp(`^第\\s*${NUM}\\s*条(?:\\s*之\\s*${NUM})?`);
const CHAPTER_RE = new RegExp(`^第\\s*${NUM}\\s*章(?![程节])`);
const SECTION_RE = new RegExp(`^第\\s*${NUM}\\s*节`);
const ITEM_PAREN_RE = new RegExp(`^[（(]\\s*${NUM}\\s*[）)]\\s*`);
const ITEM_DOT_RE = /^([0-9０-９]{1,3})\s*(?:[.．、](?![0-9０-９])|[)）])\s*/;
const ITEM_CIRCLED_RE = /^([\u2460-\u2473])\s*/; // ①…⑳

// Right after a label, these mean the line is a sentence that merely starts with a reference:
// "第十二条规定的…", "第十二条、第十三条…", "第五条至第九条…", "第五条第二款…", "第五条中的…", "第五条所称…".
// Only checked when nothing separates the label from the text ("第五条" then a space then "中小学校…" is an article).
const REFERENCE_AFTER_LABEL =
  /^(?:[、，,；;的至和及或与第]|规定|款|项|中(?:的|规定|所)|所(?:称|列|规定|指|述)|之(?![一二三四五六七八九十0-9０-９]))/;
// The same for chapter and section headings: "第二章规定的…", "第三章第二节…".
const REFERENCE_AFTER_HEADING = /^(?:[、，,；;的至和及或与第]|规定|中的|所(?:称|列|规定|指|述))/;

const TERMINAL_HEADING_PUNCT = /[。；;，,：:！？!?]/;
const PAGE_NUMBER_RES = [
  /^[-－—–~～]*\s*[0-9０-９]{1,4}\s*[-－—–~～]*$/, // "- 3 -", "3", "—3—"
  /^第\s*[0-9０-９一二三四五六七八九十百]+\s*页(?:\s*[,，/／]?\s*共\s*[0-9０-９一二三四五六七八九十百]+\s*页)?$/, // 第 3 页 / 第3页 共12页
  /^[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}$/, // 3/12
  /^(?:page|p\.)\s*[0-9]{1,4}(?:\s*(?:of|\/)\s*[0-9]{1,4})?$/i,
];
const LONE_PUNCT = /^[\p{P}\p{S}\p{Z}\p{C}]*$/u;

const CJK = "\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201F\\u2026\\u2014";
const HALF_SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, "gu");
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, "gu");
// C0/C1 control characters other than tab and line breaks (those are whitespace and collapse below).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Normalises one line of body text: trims it, drops invisible and control characters, collapses each whitespace
 * run to one space — a full-width space (U+3000) when the run had one, since drafts use it for deliberate blanks
 * ("自 年 月 日起施行" written with U+3000) — and removes half-width spaces between two Chinese characters (noise from PDF copy).
 */
export function normalizeLine(line: string): string {
  return line
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .trim()
    .replace(/\s+/g, (run) => (run.includes("\u3000") ? "\u3000" : " "))
    .replace(HALF_SPACE_BETWEEN_CJK, "");
}

/** Headings and titles carry no meaningful spaces next to Chinese: "总 则" (with U+3000) → "总则". */
function compactCjk(s: string): string {
  return s.replace(SPACE_NEXT_TO_CJK, "").trim();
}

function isJunk(t: string): boolean {
  if (t === "") return true;
  if (LONE_PUNCT.test(t)) return true;
  return PAGE_NUMBER_RES.some((re) => re.test(t));
}

type Token =
  | { kind: "text"; text: string }
  | { kind: "chapter"; number: number; title: string; text: string }
  | { kind: "section"; number: number; title: string; text: string }
  | { kind: "article"; number: number; suffix: number; label: string; rest: string; text: string };

function num(s: string | undefined): number | null {
  return s === undefined ? null : chineseToNumber(s);
}

/** Strips TOC dot leaders and page numbers: "总则 ………… 1" → "总则". */
function headingTitle(rest: string): string {
  return compactCjk(
    rest.replace(/\s*(?:[.．…·・_\-—–]{2,}|…)\s*[0-9０-９]*\s*$/u, "").replace(/\s+[0-9０-９]{1,3}$/, ""),
  );
}

function isHeadingTitle(title: string): boolean {
  return title.length <= 40 && !TERMINAL_HEADING_PUNCT.test(title) && !REFERENCE_AFTER_HEADING.test(title);
}

function classify(raw: string): Token | null {
  const text = normalizeLine(raw);
  if (isJunk(text)) return null;
  if (!text.startsWith("第")) return { kind: "text", text };

  const a = ARTICLE_RE.exec(text);
  if (a) {
    const number = num(a[1]);
    const suffix = a[2] === undefined ? 0 : num(a[2]);
    const rest = text.slice(a[0].length);
    const label = a[0].replace(/\s+/g, "");
    // "第五条 为了…" (space after the label) is an article; "第五条规定的…" (glued) may be a reference.
    const rawLine = raw.replace(INVISIBLE, "").trimStart();
    const rawLabel = ARTICLE_RE.exec(rawLine);
    const glued = rawLabel ? !/^\s/.test(rawLine.slice(rawLabel[0].length)) : true;
    if (number !== null && suffix !== null && !(glued && REFERENCE_AFTER_LABEL.test(rest.trimStart()))) {
      return { kind: "article", number, suffix, label, rest: rest.trim(), text };
    }
    return { kind: "text", text };
  }

  const c = CHAPTER_RE.exec(text);
  if (c) {
    const number = num(c[1]);
    const title = headingTitle(text.slice(c[0].length));
    if (number !== null && isHeadingTitle(title)) {
      return { kind: "chapter", number, title, text };
    }
    return { kind: "text", text };
  }

  const s = SECTION_RE.exec(text);
  if (s) {
    const number = num(s[1]);
    const title = headingTitle(text.slice(s[0].length));
    if (number !== null && isHeadingTitle(title)) {
      return { kind: "section", number, title, text };
    }
  }
  return { kind: "text", text };
}

// ---------------------------------------------------------------------------------------------------------------
// Title

const TITLE_RE =
  /^(?!第)[^。；;：:，,]{2,80}?(?:条例|规定|办法|决定|细则|规则|规程|决议)(?:[（(][^（）()]{1,20}[）)])?$/u;
const TITLE_TAIL_RE = /^[（(](?:[^（）()]{0,16})(?:草案|稿|修正案|修订)(?:[^（）()]{0,8})[）)]$/u;

// ---------------------------------------------------------------------------------------------------------------
// Parser

type Builder = {
  clauses: ParsedClause[];
  itemStyle: "paren" | "dot" | "circled" | null;
};

function itemOf(text: string): { number: number; rest: string; style: "paren" | "dot" | "circled" } | null {
  const p = ITEM_PAREN_RE.exec(text);
  if (p) {
    const number = num(p[1]);
    if (number !== null) return { number, rest: text.slice(p[0].length), style: "paren" };
  }
  const d = ITEM_DOT_RE.exec(text);
  if (d) {
    const number = num(d[1]);
    if (number !== null) return { number, rest: text.slice(d[0].length), style: "dot" };
  }
  const c = ITEM_CIRCLED_RE.exec(text);
  if (c && c[1] !== undefined) {
    return { number: (c[1].codePointAt(0) ?? 0x2460) - 0x2460 + 1, rest: text.slice(c[0].length), style: "circled" };
  }
  return null;
}

function addLine(b: Builder, line: string): void {
  const item = itemOf(line);
  const current = b.clauses[b.clauses.length - 1];
  if (item && current && (b.itemStyle === null || b.itemStyle === item.style)) {
    b.itemStyle = item.style;
    current.items.push({ number: item.number, text: item.rest });
    current.text += `\n${line}`;
    return;
  }
  if (item && current && b.itemStyle !== null) {
    // A sub-item in another style (1. inside （一）): part of the previous item.
    const last = current.items[current.items.length - 1];
    if (last) last.text += `\n${line}`;
    current.text += `\n${line}`;
    return;
  }
  if (item) {
    // An item with no lead paragraph (the label stood alone, then （一）…): the item opens the 款.
    b.clauses.push({ index: b.clauses.length + 1, text: line, items: [{ number: item.number, text: item.rest }] });
    b.itemStyle = item.style;
    return;
  }
  b.clauses.push({ index: b.clauses.length + 1, text: line, items: [] });
  b.itemStyle = null;
}

function key(number: number, suffix: number): string {
  return suffix > 0 ? `${number}_${suffix}` : String(number);
}

// ---------------------------------------------------------------------------------------------------------------
// Hard-wrapped lines (text copied from a PDF, or extracted from one): a line that does not end a sentence is joined
// to the next, unless the next opens a 条, 章, 节 or 项. A 款 opens after a sentence end, so that rule covers it.

/** 。；：！？ (and their half-width forms), possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[。；：！？;:!?][”’」』）】〕》)"'\]]*$/u;
/** A line that opens with these continues the one before: a wrapped closing quote or a comma. */
const CONTINUES = /^[，。；：、！？”’」』）】〕》,.;:!?)\]]/u;
const CLOSING = /^[”’」』）】〕》)"'\]]+$/u;
const LIST_NUMERAL_RE = /^[一二三四五六七八九十]{1,3}\s*、/; // 一、 二、 (a list the parser keeps as 款)
/** `【总则】第一章 总则`, `【第一章 总则】`: the brackets web copies add around or before a heading. */
const BRACKETED_RE = /^【([^【】]{1,40})】\s*(.*)$/u;
/** "总 则", "附\u3000则": 2–6 Chinese characters spaced out, alone on a line. */
const BARE_HEADING_RE = /^\p{Script=Han}(?:[\s\u3000]+\p{Script=Han}){1,5}$/u;
const TOC_WORD = /^目录$/;

/** A line being built: the original lines joined into it (`parts`), and what joining needs of its ends. */
type Line = {
  parts: string[];
  first: string; // the first part, normalised
  tail: string; // the last part, normalised
  heading: boolean; // a 章 or 节 heading, or an article's label alone: never joined to what follows
  bare: string | null; // an unnumbered heading ("总 则" → "总则")
};

function headingOf(raw: string): boolean {
  const t = classify(raw);
  return t?.kind === "chapter" || t?.kind === "section" || (t?.kind === "article" && t.rest === "");
}

/** The heading inside web brackets, or the line as it was. */
function unbracket(raw: string): string {
  const m = BRACKETED_RE.exec(normalizeLine(raw));
  if (!m) return raw;
  const inner = m[1] ?? "";
  const rest = m[2] ?? "";
  const isHeading = (s: string) => ["chapter", "section"].includes(classify(s)?.kind ?? "");
  if (rest !== "" && isHeading(rest)) return rest; // 【总则】第一章 总则
  if (rest === "" && isHeading(inner)) return inner; // 【第一章 总则】
  return raw;
}

/** "总 则" → "总则"; null for anything else (a spaced-out title "物 业 管 理 条 例", 目录). */
function bareHeading(raw: string): string | null {
  const t = raw.replace(INVISIBLE, "").trim();
  if (!BARE_HEADING_RE.test(t)) return null;
  const title = compactCjk(t);
  return TOC_WORD.test(title) || TITLE_RE.test(title) ? null : title;
}

/** Opens a 条, 章 or 节 (true), or a 项 or a bracketed line ("item"), or nothing (false). */
function opens(raw: string, text: string): boolean | "item" {
  const kind = classify(raw)?.kind;
  if (kind === "article" || kind === "chapter" || kind === "section") return true;
  return itemOf(text) || LIST_NUMERAL_RE.test(text) || text.startsWith("【") ? "item" : false;
}

/** Chinese joins with no space; two Latin words (or a word and a number) keep one between them. */
function joiner(a: string, b: string): string {
  const latin = /[A-Za-z]$/.test(a) ? /^[A-Za-z0-9]/.test(b) : /[0-9,.;:!?)%]$/.test(a) && /^[A-Za-z]/.test(b);
  return latin ? " " : "";
}

function canJoin(prev: Line, next: { text: string; opens: boolean | "item"; bare: string | null }, body: boolean) {
  if (prev.heading || prev.bare !== null || next.bare !== null) return false;
  if (CONTINUES.test(next.text)) return true;
  if (next.opens !== false || SENTENCE_END.test(prev.tail) || prev.first.startsWith("【")) return false;
  if (!body) {
    // Title and preamble: "…条例", then "（草案）", then "（2024年…通过）" stay lines of their own.
    const single = prev.parts.length === 1 ? compactCjk(prev.first) : ""; // a joined line is no title
    if (TITLE_RE.test(single) || TITLE_TAIL_RE.test(single) || TOC_WORD.test(single)) return false;
    if (/[）)]$/.test(prev.tail)) return false;
  }
  return true;
}

type Unwrapped = { lines: string[]; aside: Set<number>; warnings: string[] };

/**
 * Lines as the parser reads them: hard wraps joined, page numbers dropped, web-bracketed headings unbracketed,
 * and unnumbered headings ("总 则") numbered as chapters when the draft has no 第X章 — else reported and set aside.
 */
function unwrap(input: string): Unwrapped {
  const lines: Line[] = [];
  let prev: Line | null = null; // the line being built; null after a blank line
  let body = false; // past the title and preamble: the first 条, 章 or 节
  let chapterTitlePending = false; // "第一章" alone: the next line is its title, even spaced out
  for (const original of input.replace(/\r\n?/g, "\n").split("\n")) {
    const raw = unbracket(original);
    const text = normalizeLine(raw);
    if (text === "") {
      prev = null; // a blank line always separates
      continue;
    }
    // A page number ("- 3 -", "第 3 页") or a lone mark is as if it were not there; but for a wrapped closing quote
    // ("…的绿地。" then "”"), or the mark that ends a sentence wrapped alone.
    const wrappedMark = prev && (CLOSING.test(text) || (CONTINUES.test(text) && !SENTENCE_END.test(prev.tail)));
    if (isJunk(text) && !wrappedMark) continue;
    const opened = opens(raw, text);
    const bare = chapterTitlePending ? null : bareHeading(raw);
    const t = classify(raw);
    chapterTitlePending = (t?.kind === "chapter" || t?.kind === "section") && t.title === "";
    body ||= opened === true || bare !== null;
    if (prev && canJoin(prev, { text, opens: opened, bare }, body)) {
      prev.parts.push(joiner(prev.tail, text), raw.replace(INVISIBLE, "").trim());
      prev.tail = text;
      continue;
    }
    prev = { parts: [raw.replace(INVISIBLE, "").trim()], first: text, tail: text, heading: headingOf(raw), bare };
    lines.push(prev);
  }

  const warnings: string[] = [];
  const aside = new Set<number>();
  const out = lines.map((l) => l.parts.join(""));
  const bare = lines.flatMap((l, i) => (l.bare === null ? [] : [{ i, title: l.bare }]));
  if (bare.length > 0 && !out.some((l, i) => lines[i]?.bare === null && classify(l)?.kind === "chapter")) {
    // Numbered by title, so a 目录 of bare headings repeats the same numbers and is recognised as one.
    const numbers = new Map<string, number>();
    for (const { i, title } of bare) {
      if (!numbers.has(title)) numbers.set(title, numbers.size + 1);
      out[i] = `第${numberToChinese(numbers.get(title) ?? 1)}章 ${title}`;
    }
    warnings.push(`HEADINGS_NUMBERED:${numbers.size}`);
  } else {
    for (const { i, title } of bare) {
      aside.add(i);
      warnings.push(`BARE_HEADING:${title}`);
    }
  }
  return { lines: out, aside, warnings };
}

/**
 * The draft's text as the parser reads it, one 款, 项 or heading a line: hard-wrapped lines (a PDF's) joined, page
 * numbers dropped, `【第一章 总则】` unbracketed, unnumbered headings of a draft without 第X章 numbered in order.
 */
export function unwrapDraftText(text: string): string {
  return unwrap(typeof text === "string" ? text : String(text ?? "")).lines.join("\n");
}

function parseUnsafe(input: string): ParsedDraft {
  const unwrapped = unwrap(input);
  const tokens: Token[] = [];
  const setAside: string[] = [];
  unwrapped.lines.forEach((line, i) => {
    const t = classify(line);
    if (t && unwrapped.aside.has(i)) setAside.push(t.text);
    else if (t) tokens.push(t);
  });

  const firstArticle = tokens.findIndex((t) => t.kind === "article");
  if (firstArticle < 0) return noArticles(input, tokens);

  // Title: the first token, when it looks like one; "（草案）" on the next line belongs to it.
  let pos = 0;
  let title: string | null = null;
  const first = tokens[0];
  if (first && first.kind === "text" && TITLE_RE.test(compactCjk(first.text))) {
    title = compactCjk(first.text);
    pos = 1;
    const next = tokens[1];
    const tail = next?.kind === "text" ? compactCjk(next.text) : "";
    if (TITLE_TAIL_RE.test(tail) && !/[（(][^）)]*[）)]$/.test(title)) {
      title += tail;
      pos = 2;
    }
  }

  // 目录: a chapter heading that appears again later with the same number, with no article in between, means the
  // earlier list was a table of contents. The body starts at the first repeated heading; everything before it
  // (目录 line, chapter and section entries) is preamble.
  let tocEnd = -1;
  const listed = new Set<number>();
  for (let i = pos; i < firstArticle; i++) {
    const t = tokens[i];
    if (t?.kind !== "chapter") continue;
    if (listed.has(t.number)) {
      tocEnd = i - 1;
      break;
    }
    listed.add(t.number);
  }
  let firstChapter = -1; // first chapter heading of the body, to flag articles that precede it
  for (let i = tocEnd + 1; i < tokens.length && firstChapter < 0; i++)
    if (tokens[i]?.kind === "chapter") firstChapter = i;

  const preamble: string[] = [];
  const unattached: string[] = [];
  const warnings: string[] = [];
  const chapters: ParsedChapter[] = [];
  const articles: ParsedArticle[] = [];
  let chapter: ParsedChapter | null = null;
  let section: number | null = null;
  let article: { a: ParsedArticle; b: Builder } | null = null;
  let started = false; // past the preamble
  let pendingTitle: "chapter" | "section" | null = null; // "第一章" alone on its line, title on the next

  const finishArticle = () => {
    if (!article) return;
    const { a, b } = article;
    a.clauses = b.clauses;
    a.text = b.clauses.map((c) => c.text).join("\n");
    if (a.text === "") warnings.push(`EMPTY_ARTICLE:${key(a.number, a.suffix)}`);
    articles.push(a);
    article = null;
  };

  for (let i = pos; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (i <= tocEnd) {
      preamble.push(t.text);
      continue;
    }
    if (!started && t.kind === "text") {
      preamble.push(t.text);
      continue;
    }
    started = true;

    if (t.kind === "chapter") {
      finishArticle();
      const prev = chapters[chapters.length - 1];
      if (chapters.some((c) => c.number === t.number)) warnings.push(`DUPLICATE_CHAPTER:${t.number}`);
      else if (prev && t.number !== prev.number + 1) warnings.push(`CHAPTER_GAP:${prev.number}->${t.number}`);
      else if (!prev && t.number !== 1) warnings.push(`CHAPTER_GAP:0->${t.number}`);
      chapter = { number: t.number, title: t.title, sections: [] };
      chapters.push(chapter);
      section = null;
      pendingTitle = t.title === "" ? "chapter" : null;
      continue;
    }
    if (t.kind === "section") {
      finishArticle();
      if (!chapter) {
        warnings.push("SECTION_OUTSIDE_CHAPTER");
        unattached.push(t.text); // its title has nowhere else to go
      } else {
        const prev = chapter.sections[chapter.sections.length - 1];
        if (chapter.sections.some((s) => s.number === t.number)) {
          warnings.push(`DUPLICATE_SECTION:${chapter.number}:${t.number}`);
        } else if ((prev?.number ?? 0) + 1 !== t.number) {
          warnings.push(`SECTION_GAP:${chapter.number}:${prev?.number ?? 0}->${t.number}`);
        }
        chapter.sections.push({ number: t.number, title: t.title });
      }
      section = t.number;
      pendingTitle = t.title === "" && chapter ? "section" : null;
      continue;
    }
    if (t.kind === "article") {
      finishArticle();
      pendingTitle = null;
      const a: ParsedArticle = {
        number: t.number,
        suffix: t.suffix,
        label: t.label,
        chapter: chapter?.number ?? null,
        section,
        text: "",
        clauses: [],
      };
      if (chapters.length === 0 && firstChapter > i) {
        warnings.push(`ARTICLE_OUTSIDE_CHAPTER:${key(t.number, t.suffix)}`);
      }
      article = { a, b: { clauses: [], itemStyle: null } };
      if (t.rest !== "") addLine(article.b, t.rest);
      continue;
    }
    // text
    if (pendingTitle && t.text.length <= 40 && !TERMINAL_HEADING_PUNCT.test(t.text)) {
      if (pendingTitle === "chapter" && chapter) chapter.title = compactCjk(t.text);
      if (pendingTitle === "section" && chapter) {
        const s = chapter.sections[chapter.sections.length - 1];
        if (s) s.title = compactCjk(t.text);
      }
      pendingTitle = null;
      continue;
    }
    pendingTitle = null;
    if (article) addLine(article.b, t.text);
    else unattached.push(t.text);
  }
  finishArticle();

  if (unattached.length > 0) {
    warnings.push("UNATTACHED_TEXT");
    preamble.push(...unattached);
  }
  preamble.push(...setAside);
  warnings.unshift(...unwrapped.warnings);
  numberingWarnings(articles, warnings);

  // Articles before the first chapter of a chaptered draft keep chapter null; a draft without chapters has null.
  return { title, preamble: preamble.join("\n"), chapters, articles, warnings };
}

function numberingWarnings(articles: ParsedArticle[], warnings: string[]): void {
  const seen = new Set<string>();
  let prev: ParsedArticle | null = null;
  for (const a of articles) {
    const k = key(a.number, a.suffix);
    if (seen.has(k)) {
      warnings.push(`DUPLICATE_NUMBER:${k}`);
    } else if (prev === null) {
      if (a.number !== 1 || a.suffix !== 0) warnings.push(`NUMBERING_START:${k}`);
    } else if (a.suffix === 0) {
      if (a.number > prev.number + 1) warnings.push(`NUMBERING_GAP:${prev.number}->${a.number}`);
      else if (a.number <= prev.number) warnings.push(`NUMBERING_ORDER:${key(prev.number, prev.suffix)}->${k}`);
    } else if (a.number !== prev.number || a.suffix !== prev.suffix + 1) {
      // 第十条之一 follows 第十条, 之二 follows 之一
      if (a.number > prev.number) warnings.push(`NUMBERING_GAP:${prev.number}->${a.number}`);
      else warnings.push(`NUMBERING_ORDER:${key(prev.number, prev.suffix)}->${k}`);
    }
    seen.add(k);
    prev = a;
  }
}

function noArticles(input: string, tokens: Token[]): ParsedDraft {
  const first = tokens[0];
  const title = first && first.kind === "text" && TITLE_RE.test(compactCjk(first.text)) ? compactCjk(first.text) : null;
  return { title, preamble: input, chapters: [], articles: [], warnings: ["NO_ARTICLES"] };
}

/**
 * Parses a draft's plain text. Never throws; anything it cannot place is kept in `preamble` and reported in
 * `warnings` (see {@link ParsedDraft.warnings}). With no article at all, the input is returned untouched in
 * `preamble` with `warnings: ["NO_ARTICLES"]`.
 */
export function parseDraft(text: string): ParsedDraft {
  const input = typeof text === "string" ? text : String(text ?? "");
  try {
    return parseUnsafe(input);
  } catch {
    // Defensive: the parser is written not to throw, but a draft must never be lost to a bug.
    return { title: null, preamble: input, chapters: [], articles: [], warnings: ["NO_ARTICLES", "PARSE_ERROR"] };
  }
}
