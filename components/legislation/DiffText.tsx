import { useTranslations } from "next-intl";
import type { TextDiffPart } from "@/lib/modules/legislation/client";

/**
 * A character diff. Insertions are underlined, deletions struck through (not colour alone), and screen readers
 * hear where each starts and ends, since <ins>/<del> are not announced by most of them.
 */
export function DiffText({ parts }: { parts: TextDiffPart[] }) {
  const t = useTranslations("legislation.compare");
  return (
    <p className="whitespace-pre-wrap leading-7 text-gray-900">
      {parts.map((p, i) =>
        p.op === "equal" ? (
          <span key={i}>{p.text}</span>
        ) : p.op === "insert" ? (
          <ins
            key={i}
            className="rounded-sm bg-green-100 text-green-950 underline decoration-green-800 decoration-2 underline-offset-4"
          >
            <span className="sr-only">{t("insStart")}</span>
            {p.text}
            <span className="sr-only">{t("insEnd")}</span>
          </ins>
        ) : (
          <del key={i} className="rounded-sm bg-red-100 text-red-950 line-through decoration-red-800 decoration-2">
            <span className="sr-only">{t("delStart")}</span>
            {p.text}
            <span className="sr-only">{t("delEnd")}</span>
          </del>
        ),
      )}
    </p>
  );
}
