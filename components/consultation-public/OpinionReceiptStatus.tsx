import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { linkClasses } from "@/components/legislation-public/format";
import { Badge, Card, CardBody, CardHeader, CardTitle, cx } from "@/components/ui";
import type { OpinionReceipt } from "@/lib/modules/consultation/client";

const STEPS = ["received", "disposed", "published"] as const;

/** An opinion's receipt for the citizen: what it was about, where it stands, and once published the disposition and why. */
export async function OpinionReceiptStatus({
  tenantSlug,
  receipt: r,
}: {
  tenantSlug: string;
  receipt: OpinionReceipt;
}) {
  const [t, terms, format] = await Promise.all([
    getTranslations("consultationPublic.receipt"),
    getTranslations("consultationTerms"),
    getFormatter(),
  ]);
  const answered = r.published && r.status === "DISPOSED" && r.disposition !== null;
  // The receipt reads "received" until the dispositions are published (queries-receipts.ts keeps triage private).
  const current = answered ? 2 : r.status === "DISPOSED" ? 1 : 0;
  const explanation = answered
    ? t("status.PUBLISHED")
    : r.published
      ? t("status.PUBLISHED_NONE")
      : t(`status.${r.status}`);
  const consultation = `/${tenantSlug}/consultations/${r.consultationId}`;
  return (
    <div className="space-y-4">
      <Card as="section" aria-labelledby="submitted">
        <CardHeader>
          <CardTitle id="submitted">{t("submittedTitle")}</CardTitle>
          <span className="font-mono text-sm tracking-widest text-gray-700">{r.receiptCode}</span>
        </CardHeader>
        <CardBody className="space-y-1">
          <p className="text-sm text-gray-700">
            {t("kind")} · {t("submittedOn", { date: format.dateTime(r.submittedAt, "date") })}
          </p>
          <p className="text-lg font-semibold text-gray-900">
            <Link href={consultation} className={linkClasses}>
              {r.consultationTitle}
            </Link>
          </p>
          <p className="text-sm text-gray-800">
            {r.articleLabel ? t("article", { label: r.articleLabel }) : t("wholeDraft")}
          </p>
          <div className="pt-2">
            <h3 className="text-sm font-semibold text-gray-900">{t("yourText")}</h3>
            <blockquote className="mt-1 whitespace-pre-line break-words border-l-4 border-gray-200 pl-3 leading-7 text-gray-800">
              {r.content}
            </blockquote>
          </div>
        </CardBody>
      </Card>
      <Card as="section" aria-labelledby="status">
        <CardHeader>
          <CardTitle id="status">{t("statusTitle")}</CardTitle>
          {answered && r.disposition && (
            <Badge tone={r.disposition === "ADOPTED" || r.disposition === "PARTLY_ADOPTED" ? "success" : "neutral"}>
              {terms(`disposition.${r.disposition}`)}
            </Badge>
          )}
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
          {answered && r.disposition && (
            <div className="space-y-2">
              <p>
                <span className="text-sm font-semibold text-gray-900">{t("disposition")}：</span>
                {terms(`disposition.${r.disposition}`)}
              </p>
              {r.reason && (
                <div>
                  <h3 className="text-sm font-semibold text-gray-900">{t("reason")}</h3>
                  <p className="whitespace-pre-line leading-7 text-gray-800">{r.reason}</p>
                </div>
              )}
            </div>
          )}
          {r.published && (
            <p className="text-sm">
              <Link href={`${consultation}/summary`} className={linkClasses}>
                {t("viewSummary")}
              </Link>
            </p>
          )}
          <p className="text-xs text-gray-600">{t("privacy")}</p>
        </CardBody>
      </Card>
    </div>
  );
}
