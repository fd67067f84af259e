// The public board shows a citizen's words without what would identify them: phone numbers (mobile, landline,
// with or without separators), e-mail addresses and identity-card numbers are blotted out. Pure, so a unit test
// and the page share it.

const PATTERNS: RegExp[] = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail
  /(?<!\d)\d{6}(?:19|20)\d{2}[01]\d[0-3]\d\d{3}[\dXx](?!\d)/g, // identity card (18)
  /(?<![\d])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g, // mobile, 138 1234 5678 too
  /(?<![\d])(?:\(?0\d{2,3}\)?[\s-]?)?\d{3,4}[\s-]?\d{4}(?!\d)/g, // landline, 0754-8888 1234
  /\d(?:[\s-]?\d){6,}/g, // any other long run of digits
];

export const MASK = "＊＊＊";

export function anonymiseText(text: string): string {
  return PATTERNS.reduce((s, p) => s.replace(p, MASK), text);
}
