import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui";
import { numberToChinese } from "@/lib/modules/legislation/client";
import { articleLabel } from "@/lib/modules/legislation/client";

// The parser reports machine codes (draft-parser.ts: "NUMBERING_GAP:12->14", "DUPLICATE_NUMBER:10_1" …).
// Each becomes a sentence: zh-CN messages use the Chinese forms (第十条之一, 第三章), en the numbers (10-1, 3).
type Described = { key: string; values: Record<string, string | number> };

const article = (k: string | undefined, name: string) => {
  const [n, s] = (k ?? "").split("_").map(Number);
  return n
    ? { [name]: articleLabel(n, s ?? 0), [`${name}N`]: s ? `${n}-${s}` : String(n) }
    : { [name]: k ?? "", [`${name}N`]: k ?? "" };
};
const numeral = (k: string | undefined, name: string) => ({
  [name]: numberToChinese(Number(k)),
  [`${name}N`]: k ?? "",
});
const KNOWN_PLAIN = new Set(["NO_ARTICLES", "SECTION_OUTSIDE_CHAPTER", "UNATTACHED_TEXT"]);
const ONE_ARTICLE = new Set(["NUMBERING_START", "DUPLICATE_NUMBER", "EMPTY_ARTICLE", "ARTICLE_OUTSIDE_CHAPTER"]);

function describe(code: string): Described {
  const [name = "", ...args] = code.split(":");
  const [a, b] = (args[args.length - 1] ?? "").split("->");
  if (KNOWN_PLAIN.has(name)) return { key: name, values: {} };
  if (ONE_ARTICLE.has(name)) return { key: name, values: article(args[0], "article") };
  if (name === "NUMBERING_GAP" || name === "NUMBERING_ORDER")
    return { key: name, values: { ...article(a, "from"), ...article(b, "to") } };
  if (name === "DUPLICATE_CHAPTER") return { key: name, values: numeral(args[0], "chapter") };
  if (name === "HEADINGS_NUMBERED")
    return { key: name, values: { count: Number(args[0]), ...numeral(args[0], "last") } };
  if (name === "BARE_HEADING") return { key: name, values: { title: args.join(":") } };
  if (name === "CHAPTER_GAP")
    return a === "0"
      ? { key: "CHAPTER_START", values: numeral(b, "to") }
      : { key: name, values: { ...numeral(a, "from"), ...numeral(b, "to") } };
  if (name === "DUPLICATE_SECTION")
    return { key: name, values: { ...numeral(args[0], "chapter"), ...numeral(args[1], "section") } };
  if (name === "SECTION_GAP") {
    const chapter = numeral(args[0], "chapter");
    return a === "0"
      ? { key: "SECTION_START", values: { ...chapter, ...numeral(b, "to") } }
      : { key: name, values: { ...chapter, ...numeral(a, "from"), ...numeral(b, "to") } };
  }
  return { key: "OTHER", values: { code } };
}

/** What the parser could not place, in words. NO_ARTICLES gets its own alert: the text was kept as one block. */
export function DraftWarnings({ warnings }: { warnings: readonly string[] }) {
  const t = useTranslations("legislation.warnings");
  if (warnings.length === 0) return null;
  const whole = warnings.includes("NO_ARTICLES");
  const rest = warnings.filter((w) => w !== "NO_ARTICLES" && w !== "PARSE_ERROR");
  return (
    <div className="space-y-3">
      {whole && (
        <Alert tone="warning" title={t("noArticlesTitle")}>
          {t("NO_ARTICLES")}
        </Alert>
      )}
      {rest.length > 0 && (
        <Alert tone="warning" title={t("title", { count: rest.length })}>
          <ul className="list-disc space-y-1 pl-5">
            {rest.map((w, i) => {
              const d = describe(w);
              return <li key={`${w}-${i}`}>{t(d.key, d.values)}</li>;
            })}
          </ul>
        </Alert>
      )}
    </div>
  );
}
