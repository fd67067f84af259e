// /{city}/consultations/{id}: the public draft page with its comment forms. A Pages Router page with its runtime
// switched off, so a phone gets the HTML and one small inline script, not the App Router's runtime (issue #4: at
// most 120 KB of JavaScript, gzip; docs/benchmarks.md). Its summary (/summary) stays in the App Router.
import type { GetServerSideProps } from "next";
import { useLocale, useTranslations } from "next-intl";
import { NotFoundView } from "@/components/common/NotFoundView";
import { ConsultationPage } from "@/components/consultation-public/ConsultationPage";
import { PagesHead } from "@/components/shell/PagesHead";
import { cityFullName } from "@/lib/i18n/local-name";
import { consultationPageProps } from "@/lib/modules/consultation/pages";
import type { ConsultationPageProps } from "@/lib/modules/consultation/client";

// No React, no Next runtime in the browser: the page is complete HTML (page-script.ts enhances its forms).
export const config = { unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<ConsultationPageProps> = (ctx) => consultationPageProps(ctx);

export default function ConsultationRoute(props: ConsultationPageProps) {
  if (props.found) return <Found {...props} />;
  return props.appRouter ? null : <NotFound />;
}

function Found({
  tenant,
  consultation: c,
  mustSignIn,
  districts,
  max,
  open,
}: Extract<ConsultationPageProps, { found: true }>) {
  const t = useTranslations("common");
  const locale = useLocale();
  const consultation = {
    ...c,
    startsAt: new Date(c.startsAt),
    endsAt: new Date(c.endsAt),
    dispositionsPublishedAt: c.dispositionsPublishedAt ? new Date(c.dispositionsPublishedAt) : null,
  };
  const comments = districts
    ? { tenantSlug: tenant.slug, here: `/${tenant.slug}/consultations/${c.id}`, districts, max, open }
    : null;
  return (
    <>
      {/* As the App Router's pages read (app/[tenant]/layout.tsx): consultation · city · 连心. */}
      <PagesHead title={`${c.title} · ${cityFullName(tenant, locale)} · ${t("appName")}`} />
      <ConsultationPage tenant={tenant} consultation={consultation} mustSignIn={mustSignIn} comments={comments} />
    </>
  );
}

function NotFound() {
  const t = useTranslations("common");
  return (
    <>
      <PagesHead title={`${t("notFoundTitle")} · ${t("appName")}`} noindex />
      <NotFoundView />
    </>
  );
}
