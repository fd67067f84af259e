import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ConsultationDraft } from "@/components/consultation-public/ConsultationDraft";
import { ConsultationFacts } from "@/components/consultation-public/ConsultationFacts";
import { OpinionForm } from "@/components/consultation-public/OpinionForm";
import { BackLink } from "@/components/legislation-public/BackLink";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { linkClasses } from "@/components/legislation-public/format";
import { Alert, buttonClasses, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { getPublicConsultation, listDistricts, OPINION_MAX_LENGTH } from "@/lib/modules/consultation";
import { getIdentity } from "@/lib/request-context";

type Props = { params: Promise<{ tenant: string; id: string }> };

const load = cache(async (slug: string, id: string) => getPublicConsultation((await requireTenant(slug)).id, id));

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  const c = await load(tenant, id);
  return c ? { title: c.title } : {};
}

/** One consultation: what it is about, the drafting explanation, its window, then the draft to comment on, article by article. */
export default async function ConsultationPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const tenant = await requireTenant(slug);
  const c = await load(slug, id);
  if (!c) notFound();
  const [t, format, identity] = await Promise.all([getTranslations("consultationPublic"), getFormatter(), getIdentity()]);
  const signedIn = identity?.kind === "tenant" && identity.tenantId === tenant.id;
  const taking = c.state === "OPEN" && c.publicChannel;
  const mustSignIn = taking && tenant.settings.commentsRequireSignIn && !signedIn;
  const districts = taking && !mustSignIn ? await listDistricts(tenant.id) : null;
  const here = `/${tenant.slug}/consultations/${c.id}`;
  const when = (d: Date) => format.dateTime(d, "dateTime");
  return (
    <PublicShell tenant={tenant} active="consultations">
      <BackLink href={`/${tenant.slug}/consultations`}>{t("detail.back")}</BackLink>
      <PageHeader title={c.title} />
      <div className="max-w-3xl space-y-6">
        <div className="-mt-3">
          <ConsultationFacts startsAt={c.startsAt} endsAt={c.endsAt} state={c.state} opinionCount={c.opinionCount} peopleCount={c.peopleCount} />
        </div>
        {c.introduction.trim() !== "" && (
          <section aria-labelledby="intro" className="space-y-2">
            <h2 id="intro" className="text-lg font-semibold text-gray-900">{t("detail.introduction")}</h2>
            <p className="whitespace-pre-line leading-7 text-gray-800">{c.introduction}</p>
          </section>
        )}
        {c.explanation.trim() !== "" && (
          <details className="rounded-lg border border-gray-200 bg-white px-4 py-2">
            <summary className="min-h-11 cursor-pointer py-2 font-semibold text-gray-900">{t("detail.explanation")}</summary>
            <div className="whitespace-pre-line pb-3 leading-7 text-gray-800">{c.explanation}</div>
          </details>
        )}
        {c.state === "SCHEDULED" && <Alert tone="info">{t("detail.scheduled", { date: when(c.startsAt) })}</Alert>}
        {c.state === "CLOSED" && <Alert tone="info">{t("detail.closed", { date: when(c.endsAt) })}</Alert>}
        {c.state === "PUBLISHED" && c.dispositionsPublishedAt && (
          <Alert tone="info">
            <p>{t("detail.published", { date: format.dateTime(c.dispositionsPublishedAt, "date") })}</p>
            <p className="mt-2"><Link href={`${here}/summary`} className={linkClasses}>{t("viewSummary")}</Link></p>
          </Alert>
        )}
        {c.state === "OPEN" && !c.publicChannel && <Alert tone="info">{t("detail.notPublic")}</Alert>}
        {mustSignIn && (
          <Alert tone="info" title={t("detail.signInTitle")}>
            <p>{t("detail.signInBody")}</p>
            <p className="mt-3">
              <Link href={`/${tenant.slug}/login?from=${encodeURIComponent(here)}`} className={buttonClasses("primary")}>{t("detail.signIn")}</Link>
            </p>
          </Alert>
        )}
        {districts && (
          <div className="space-y-2">
            <p className="text-sm text-gray-700">{t("detail.howTo")}</p>
            <OpinionForm tenantSlug={tenant.slug} consultationId={c.id} article={null} districts={districts} max={OPINION_MAX_LENGTH} />
          </div>
        )}
        <ConsultationDraft tenantSlug={tenant.slug} consultation={c} districts={districts} />
      </div>
    </PublicShell>
  );
}
