import type { ParsedClause } from "@/lib/modules/legislation/client";

type Props = { label: string; text: string; clauses: unknown };

/** Clauses as stored (JSON); a row from before clauses were kept, or a malformed one, falls back to the text. */
function clausesOf(value: unknown, text: string): string[] {
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((c) => typeof (c as ParsedClause | null)?.text === "string")
  ) {
    return (value as ParsedClause[]).map((c) => c.text);
  }
  return text.split("\n").filter((l) => l.trim() !== "");
}

/**
 * One article as a reader expects it: the label, then the first 款 beside it, then each further 款 as its own paragraph, and the
 * 项 lines of a 款 indented under it (the 项 keep their own （一）（二） marks, as written in the draft).
 */
export function ArticleBody({ label, text, clauses }: Props) {
  const paragraphs = clausesOf(clauses, text);
  if (paragraphs.length === 0) paragraphs.push("");
  return (
    <div className="space-y-1.5 leading-7 text-gray-900">
      {paragraphs.map((clause, i) => {
        const [lead = "", ...items] = clause.split("\n");
        return (
          <div key={i}>
            <p>
              {i === 0 && <strong className="me-2 font-semibold">{label}</strong>}
              {lead}
            </p>
            {items.map((line, j) => (
              <p key={j} className="ps-6 md:ps-8">
                {line}
              </p>
            ))}
          </div>
        );
      })}
    </div>
  );
}
