import { getTranslations } from "next-intl/server";
import { ProposalStatusBadge } from "@/components/legislation/ProposalStatusBadge";
import { Card, CardBody, CardHeader, CardTitle, cx } from "@/components/ui";
import type { PublicReceipt } from "@/lib/modules/legislation/client";
import { getDates } from "./format";

const STEPS = ["received", "screening", "decided"] as const;
const stepOf = (status: PublicReceipt["status"]) => (status === "SUBMITTED" ? 0 : status === "SCREENING" ? 1 : 2);

/** A submission's status for the citizen: what they sent, where it is, and the decision with its reason. */
export async function ReceiptStatus({ receipt: r }: { receipt: PublicReceipt }) {
  const [t, terms, dates] = await Promise.all([
    getTranslations("legislationPublic.track"),
    getTranslations("legislationTerms"),
    getDates(),
  ]);
  const current = stepOf(r.status);
  const explanation =
    r.status === "IN_PLAN"
      ? t("status.IN_PLAN", { category: r.category ? terms(`category.${r.category}`) : "" })
      : r.status === "MERGED"
        ? r.mergedIntoTitle
          ? t("status.MERGED", { title: r.mergedIntoTitle })
          : t("status.MERGED_UNNAMED")
        : t(`status.${r.status}`);
  return (
    <div className="space-y-4">
      <Card as="section" aria-labelledby="submitted">
        <CardHeader>
          <CardTitle id="submitted">{t("submittedTitle")}</CardTitle>
          <span className="font-mono text-sm tracking-widest text-gray-700">{r.code}</span>
        </CardHeader>
        <CardBody className="space-y-1">
          <p className="text-sm text-gray-700">
            {t("kindProposal")} · {t("submittedOn", { date: dates.instant(r.submittedAt) })}
          </p>
          <p className="text-lg font-semibold text-gray-900">{r.title}</p>
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="status">
        <CardHeader>
          <CardTitle id="status">{t("statusTitle")}</CardTitle>
          <ProposalStatusBadge status={r.status} category={r.category} />
        </CardHeader>
        <CardBody className="space-y-4">
          <ol aria-label={t("steps")} className="grid grid-cols-3 gap-2 text-center text-sm">
            {STEPS.map((s, i) => (
              <li
                key={s}
                aria-current={i === current ? "step" : undefined}
                className={cx(
                  "rounded-md border-t-4 pt-2",
                  i <= current ? "border-brand-600 font-semibold text-gray-900" : "border-gray-200 text-gray-600",
                )}
              >
                {t(`step.${s}`)}
              </li>
            ))}
          </ol>
          <p className="leading-7 text-gray-900">{explanation}</p>
          {r.decidedOn && <p className="text-sm text-gray-700">{t("decidedOn", { date: dates.day(r.decidedOn) })}</p>}
          {r.reason && (
            <div>
              <h3 className="text-sm font-semibold text-gray-900">{t("reason")}</h3>
              <p className="whitespace-pre-line leading-7 text-gray-800">{r.reason}</p>
            </div>
          )}
          <p className="text-xs text-gray-600">{t("privacy")}</p>
        </CardBody>
      </Card>
    </div>
  );
}
