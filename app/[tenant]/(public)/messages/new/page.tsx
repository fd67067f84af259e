// The public message form, phone first: /{tenant}/messages/new?station=<id>&deputy=<id>, as a station's QR
// poster and page link to it. Without a station (or with one that takes no messages) a station picker.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MessageForm } from "@/components/citizen-messages-intake/MessageForm";
import { StationPicker } from "@/components/citizen-messages-intake/StationPicker";
import { StationsShell } from "@/components/stations-public/StationsShell";
import { PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { intakeFormData, isDefaultCategory } from "@/lib/modules/citizen-messages";
import { titled } from "@/lib/page-title";

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ station?: string | string[]; deputy?: string | string[] }>;
};

export const generateMetadata = titled("citizenMessagesIntake.page.title");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

export default async function NewMessagePage({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const query = await searchParams;
  const [t, tc, data] = await Promise.all([
    getTranslations("citizenMessagesIntake.page"),
    getTranslations("citizenMessages.categories"),
    intakeFormData(tenant, { station: one(query.station), deputy: one(query.deputy) }),
  ]);
  const categories = data.categories.map((c) => ({ value: c, label: isDefaultCategory(c) ? tc(c) : c }));
  const action = `/${tenant.slug}/messages/new`;
  return (
    <StationsShell tenant={tenant} active="stations">
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("title")} description={t("intro")} />
        {data.station ? (
          <div className="space-y-6">
            <section
              aria-labelledby="message-goes-to"
              className="rounded-lg border border-gray-200 bg-white p-4 text-gray-900"
            >
              <h2 id="message-goes-to" className="text-sm font-medium text-gray-600">
                {t("goesTo")}
              </h2>
              <p className="mt-1 text-lg font-semibold">{data.station.name}</p>
              {(data.station.district || data.station.street) && (
                <p className="text-sm text-gray-700">
                  {[data.station.district, data.station.street].filter(Boolean).join(" · ")}
                </p>
              )}
              {data.station.address && (
                <p className="text-sm text-gray-700">{t("stationAddress", { address: data.station.address })}</p>
              )}
              <p className="mt-2 text-sm">
                <Link href={action} className="text-brand-700 underline underline-offset-2">
                  {t("otherStation")}
                </Link>
              </p>
            </section>
            <MessageForm
              tenantSlug={tenant.slug}
              station={data.station}
              deputyId={data.deputyId}
              categories={categories}
              areas={data.areas}
            />
          </div>
        ) : (
          <StationPicker action={action} stations={data.stations} unavailable={data.stationUnavailable} />
        )}
      </div>
    </StationsShell>
  );
}
