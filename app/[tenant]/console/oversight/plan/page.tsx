// The year's plan as a table to read or print: each activity by quarter with its kind, committee and state.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { PlanProgressBar } from "@/components/oversight/activities/PlanProgressBar";
import { EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { listActivities, loadActivityViewer, planYear } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightActivities.plan.title");

export default async function PlanTablePage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "oversight.view");
  if (!allowed) return <NoAccess />;
  const year = planYear((await searchParams).year);
  const [t, list, base, view] = await Promise.all([
    getTranslations("oversightActivities.plan"),
    getTranslations("oversightActivities.list"),
    getTranslations("oversight"),
    listActivities(tenant.id, await loadActivityViewer(member), { year }),
  ]);
  const p = view.progress;
  return (
    <div className="space-y-6">
      <PageHeader title={t("heading", { year })} description={view.plan?.note || undefined} />
      <PlanProgressBar
        progress={p}
        label={list("progress")}
        detail={list("progressDetail", {
          heard: p.heard,
          total: p.total - p.cancelled,
          done: p.done,
          percent: p.percent,
        })}
      />
      {view.rows.length === 0 ? (
        <EmptyState title={list("empty")} />
      ) : (
        <>
          <p className="text-sm text-gray-600 md:hidden">{t("scrollHint")}</p>
          <Table label={t("heading", { year })}>
            <THead>
              <Tr>
                <Th>{t("quarter")}</Th>
                <Th>{t("kind")}</Th>
                <Th>{t("titleCol")}</Th>
                <Th>{t("committee")}</Th>
                <Th>{t("status")}</Th>
              </Tr>
            </THead>
            <TBody>
              {view.rows.map((r) => (
                <Tr key={r.id}>
                  <Td>{r.plannedQuarter ? list("quarter", { q: r.plannedQuarter }) : "—"}</Td>
                  <Td>{base(`kind.${r.kind}`)}</Td>
                  <Td>
                    <Link href={`/${tenant.slug}/console/oversight/${r.id}`} className="text-brand-700 hover:underline">
                      {r.title}
                    </Link>
                  </Td>
                  <Td>{r.committeeName ?? "—"}</Td>
                  <Td>{base(`status.${r.status}`)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </>
      )}
    </div>
  );
}
