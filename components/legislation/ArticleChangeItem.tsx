import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui";
import type { ArticleChange } from "@/lib/modules/legislation/client";
import { ArticleBody } from "./ArticleBody";
import { DiffText } from "./DiffText";

const tones: Record<ArticleChange["kind"], BadgeTone> = {
  unchanged: "neutral",
  renumbered: "info",
  changed: "warning",
  added: "success",
  removed: "danger",
};

/** One row of the comparison: which article (old → new label), what happened to it, and the text or diff. */
export function ArticleChangeItem({ change: c }: { change: ArticleChange }) {
  const t = useTranslations("legislation.compare");
  const from = "from" in c ? c.from : null;
  const to = "to" in c ? c.to : null;
  const moved = from && to && from.label !== to.label;
  return (
    <li className="rounded-lg border border-gray-200 bg-white p-4">
      <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-gray-900">
        <span>{moved ? t("movedLabel", { from: from.label, to: to.label }) : (to ?? from)!.label}</span>
        <Badge tone={tones[c.kind]}>{t(`kind.${c.kind}`)}</Badge>
        {c.kind === "changed" && c.renumbered && <Badge tone="info">{t("kind.renumbered")}</Badge>}
      </h3>
      <div className="mt-2">
        {c.kind === "changed" ? (
          <DiffText parts={c.diff} />
        ) : c.kind === "removed" ? (
          <div className="text-gray-700 line-through decoration-gray-500">
            <span className="sr-only">{t("removedText")}</span>
            <ArticleBody label={c.from.label} text={c.from.text} clauses={c.from.clauses} />
          </div>
        ) : (
          <ArticleBody label={c.to.label} text={c.to.text} clauses={c.to.clauses} />
        )}
      </div>
    </li>
  );
}
