import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MessageReceiptStatus } from "@/components/citizen-messages-public/MessageReceiptStatus";
import { OpinionReceiptStatus } from "@/components/consultation-public/OpinionReceiptStatus";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { ReceiptStatus } from "@/components/legislation-public/ReceiptStatus";
import { TrackForm } from "@/components/legislation-public/TrackForm";
import { linkClasses } from "@/components/legislation-public/format";
import { Alert, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { loadMessageReceipt } from "@/lib/modules/citizen-messages";
import { findOpinionReceipt } from "@/lib/modules/consultation";
import { loadReceipt } from "@/lib/modules/legislation";
import { normaliseReceiptCode } from "@/lib/receipt";

type Props = { params: Promise<{ tenant: string; code: string }> };

// A malformed %-escape in a hand-typed address is just a wrong code, never an error page.
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export async function generateMetadata() {
  const t = await getTranslations("legislationPublic.track");
  // The code in the address is the only key to a citizen's submission: keep it out of search engines.
  return { title: t("resultTitle"), robots: { index: false, follow: false } };
}

/**
 * What became of a submission (a legislative proposal, an opinion on a draft or a message to a liaison station:
 * one box for every receipt code);
 * an unknown code is asked for again (a typo should not end at a bare 404).
 */
export default async function ReceiptPage({ params }: Props) {
  const { tenant: slug, code: typed } = await params;
  const tenant = await requireTenant(slug);
  const raw = safeDecode(typed).slice(0, 40);
  const code = normaliseReceiptCode(raw);
  const [t, receipt, opinion, message] = await Promise.all([
    getTranslations("legislationPublic.track"),
    code ? loadReceipt(tenant.id, code) : null,
    code ? findOpinionReceipt(tenant.id, code) : null,
    code ? loadMessageReceipt(tenant.id, code) : null,
  ]);
  return (
    <PublicShell tenant={tenant} active="track">
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("resultTitle")} />
        {receipt || opinion || message ? (
          <>
            {receipt ? (
              <ReceiptStatus receipt={receipt} />
            ) : opinion ? (
              <OpinionReceiptStatus tenantSlug={tenant.slug} receipt={opinion} />
            ) : (
              message && <MessageReceiptStatus tenantSlug={tenant.slug} receipt={message} />
            )}
            <p className="mt-6 text-sm">
              <Link href={`/${tenant.slug}/track`} className={linkClasses}>
                {t("another")}
              </Link>
            </p>
          </>
        ) : (
          <div className="space-y-6">
            <Alert tone="warning">{code ? t("notFound", { code }) : t("badCode")}</Alert>
            <TrackForm tenantSlug={tenant.slug} value={raw} />
          </div>
        )}
      </div>
    </PublicShell>
  );
}
