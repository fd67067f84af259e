// Chinese numerals as they appear in the labels of local regulations: 第一百零五条, 第十条之一, 第二章, 第三节.
// Pure: no imports, safe in server, client and edge code.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  "○": 0, // U+25CB, a common stand-in for 〇 in typed text
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters that may make up a numeral in a label (Chinese digits and units, ASCII and full-width digits). */
export const NUMERAL_CHARS = "零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟0-9０-９";

const ARABIC = /^[0-9０-９]+$/;

function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Converts a Chinese (一百零五, 一百一十, 十一, 两百, 一〇五) or Arabic (105, １０５) numeral to a number.
 * Whitespace anywhere is ignored ("一 百 零 五"). Returns null for anything that is not a well-formed numeral
 * below 10 000 ("", "十十", "百", "五十三百", "12a").
 */
export function chineseToNumber(input: string): number | null {
  if (typeof input !== "string") return null;
  const s = input.replace(/\s+/g, "");
  if (s === "") return null;

  if (ARABIC.test(s)) {
    const n = Number.parseInt(toHalfWidthDigits(s), 10);
    return Number.isSafeInteger(n) ? n : null;
  }

  const chars = Array.from(s);
  if (chars.some((c) => DIGITS[c] === undefined && UNITS[c] === undefined)) return null;

  // Positional form without units: 一〇五 → 105 (also a single digit: 五 → 5).
  if (chars.every((c) => DIGITS[c] !== undefined)) {
    if (chars.length > 4) return null;
    let n = 0;
    for (const c of chars) n = n * 10 + (DIGITS[c] ?? 0);
    return n;
  }

  let total = 0;
  let pending: number | null = null; // a digit waiting for its unit
  let lastUnit = Number.POSITIVE_INFINITY; // units must strictly decrease: 一千零五十 but not 五十三百
  let zeroSinceUnit = false; // 一百零五 (105) versus the colloquial 一百五 (150)
  for (const c of chars) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (d === 0) {
        if (pending !== null) return null; // 五零
        if (lastUnit === Number.POSITIVE_INFINITY) return null; // leading 零 before a unit: 零十
        zeroSinceUnit = true;
        continue;
      }
      if (pending !== null) return null; // 五五十
      pending = d;
      continue;
    }
    const u = UNITS[c] ?? 0;
    if (u >= lastUnit) return null;
    if (pending === null) {
      if (u !== 10) return null; // 百, 一千百
      pending = 1; // 十一 = 11, 一百十 = 110
    }
    total += pending * u;
    lastUnit = u;
    pending = null;
    zeroSinceUnit = false;
  }
  if (pending !== null) {
    // 一百零五 → 105; 一百五 (no 零) is colloquial for 150; 二十五 → 25.
    if (!zeroSinceUnit && lastUnit >= 100 && lastUnit !== Number.POSITIVE_INFINITY) total += pending * (lastUnit / 10);
    else total += pending;
  } else if (zeroSinceUnit) {
    return null; // trailing 零: 一百零
  }
  return total;
}

const CN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/**
 * Renders 0–9999 the way regulations write article numbers: 1 → 一, 10 → 十, 15 → 十五, 105 → 一百零五,
 * 110 → 一百一十, 199 → 一百九十九, 1001 → 一千零一. Anything else (negative, fractional, ≥ 10000) is
 * returned in Arabic digits so a label can always be rendered.
 */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return CN_DIGITS[0];
  const parts = [
    [Math.floor(n / 1000), "千"],
    [Math.floor(n / 100) % 10, "百"],
    [Math.floor(n / 10) % 10, "十"],
    [n % 10, ""],
  ] as const;
  let out = "";
  let zero = false; // a 零 is owed before the next non-zero digit
  for (const [d, unit] of parts) {
    if (d === 0) {
      if (out !== "") zero = true;
      continue;
    }
    if (zero) out += CN_DIGITS[0];
    zero = false;
    // 十五, not 一十五, when 十 leads the number.
    out += unit === "十" && d === 1 && out === "" ? "十" : CN_DIGITS[d] + unit;
  }
  return out;
}
