import { notFound, redirect } from "next/navigation";
import { NoAccess } from "@/components/common/NoAccess";
import { requireMember } from "@/lib/guards";
import { getReceptionRecord, seesStation } from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("stations.record.title");

/** A record by its id alone (the audit log's link): redirects to its page under its station, or 404. */
export default async function RecordRedirectPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "station.view");
  if (!allowed) return <NoAccess />;
  const record = await getReceptionRecord(tenant.id, id);
  if (!record || !seesStation(member, record.stationId)) notFound();
  redirect(`/${tenant.slug}/console/stations/${record.stationId}/records/${record.id}`);
}
