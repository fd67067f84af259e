// Drafting and co-signing on the suggestion page: its files and a motion's bill; where a motion stands against
// the legal number of confirmed signers and its bill (the author and the office both see it); for the author,
// the edit link, submit (warned first when a motion does not qualify) and withdraw; for an invited co-signer,
// confirm or decline.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AttachmentLink } from "@/components/attachments/AttachmentLink";
import { Badge, buttonClasses, Card, CardBody, CardHeader, CardTitle, FactList } from "@/components/ui";
import { EDITABLE_STATUSES, submitView } from "@/lib/modules/suggestions";
import type { PanelProps } from "./panel-props";
import { CosignButtons, SubmitButton, WithdrawForm } from "./submit/SubmitButtons";

export async function SubmitPanel({ tenant, viewer, s }: PanelProps) {
  const author = s.moves.includes("submit") || s.moves.includes("withdraw");
  const office = viewer.roles.includes("deputyAffairs");
  const { files, motion } = await submitView(tenant, s);
  const hasFiles = files.files.length > 0 || files.bill !== null;
  if (!author && !s.mayCosign && !hasFiles && !(motion && office)) return null;
  const t = await getTranslations("suggestionsSubmit.panel");
  const mine = viewer.deputyId ? s.signers.find((x) => x.deputyId === viewer.deputyId && x.role === "COSIGNER") : null;
  const state = mine?.confirmedAt ? "confirmed" : mine?.declinedAt ? "declined" : "pending";
  const warning =
    motion && !motion.qualifies
      ? [
          motion.confirmedSigners < motion.minSigners &&
            t("shortSigners", { confirmed: motion.confirmedSigners, min: motion.minSigners }),
          !motion.hasBill && t("noBill"),
          t("willConvert"),
        ]
          .filter(Boolean)
          .join(" ")
      : null;
  return (
    <Card as="section" aria-labelledby="submit-panel">
      <CardHeader>
        <CardTitle id="submit-panel">{t("title")}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-4">
        {motion && (author || office) && (
          <div className="space-y-2">
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-sm font-medium text-gray-900">{t("motion")}</span>
              <Badge tone={motion.qualifies ? "success" : "warning"}>
                {motion.qualifies ? t("qualifies") : t("notQualifies")}
              </Badge>
            </div>
            <FactList
              compact
              rows={[
                [t("confirmedSigners"), t("signersOf", { confirmed: motion.confirmedSigners, min: motion.minSigners })],
                [t("pendingSigners"), String(motion.pendingSigners)],
                [t("bill"), motion.hasBill ? t("billAttached") : t("billMissing")],
              ]}
            />
          </div>
        )}
        {hasFiles && (
          <ul className="space-y-1 text-sm">
            {files.bill && (
              <li>
                <span className="mr-2 font-medium text-gray-900">{t("bill")}</span>
                <AttachmentLink tenantSlug={tenant.slug} attachment={files.bill} />
              </li>
            )}
            {files.files.map((f) => (
              <li key={f.id}>
                <span className="mr-2 font-medium text-gray-900">{t("file")}</span>
                <AttachmentLink tenantSlug={tenant.slug} attachment={f} />
              </li>
            ))}
          </ul>
        )}
        {author && (
          <div className="flex flex-col gap-3">
            {s.status === "REVISING" && s.reason && (
              <p className="text-sm text-gray-800">{t("returned", { reason: s.reason })}</p>
            )}
            {EDITABLE_STATUSES.includes(s.status) && s.moves.includes("submit") && (
              <>
                <Link
                  href={`/${tenant.slug}/console/suggestions/${s.id}/edit`}
                  className={buttonClasses("secondary") + " w-full sm:w-auto"}
                >
                  {t("edit")}
                </Link>
                <SubmitButton tenantSlug={tenant.slug} id={s.id} warning={warning} />
              </>
            )}
            {s.moves.includes("withdraw") && <WithdrawForm tenantSlug={tenant.slug} id={s.id} />}
          </div>
        )}
        {s.mayCosign && <CosignButtons tenantSlug={tenant.slug} id={s.id} state={state} />}
      </CardBody>
    </Card>
  );
}
