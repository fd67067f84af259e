import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { BoardFilters } from "@/components/legislation/BoardFilters";
import { PipelineBoard } from "@/components/legislation/PipelineBoard";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { buttonClasses, Card, CardBody, CardHeader, CardTitle, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { boardFilterSchema, listLegalFields, listRegulationsInForce, pipelineBoard } from "@/lib/modules/legislation";
import { listCommittees } from "@/lib/modules/tenancy";

/** The board's filters carried to a stage's full list. */
function boardQuery(filter: Record<string, string | number | undefined>) {
  const q = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  return q.size ? `?${q}` : "";
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string>> };

/** The pipeline board: every regulation project by stage, filtered by year, committee and field. */
export default async function LegislationBoardPage({ params, searchParams }: Props) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "legislation.view");
  if (!allowed) return <NoAccess />;
  const filter = boardFilterSchema.parse(await searchParams);
  const [t, format, board, committees, fields, inForce] = await Promise.all([
    getTranslations("legislation.board"),
    getFormatter(),
    pipelineBoard(tenant.id, filter),
    listCommittees(tenant.id),
    listLegalFields(tenant.id),
    listRegulationsInForce(tenant.id),
  ]);
  const base = `/${tenant.slug}/console/legislation`;
  const date = (day: string | null) => (day ? format.dateTime(dayDate(day), "date") : "—");
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("total", { count: board.total })}
        actions={can(member.roles, "legislation.manage") && <Link href={`${base}/regulations/new`} className={buttonClasses("primary")}>{t("new")}</Link>}
      />
      <BoardFilters filter={filter} committees={committees} fields={fields} />
      <PipelineBoard columns={board.columns} base={base} query={boardQuery(filter)} />
      <Card as="section" aria-labelledby="in-force">
        <CardHeader>
          <CardTitle id="in-force">{t("inForce")}</CardTitle>
        </CardHeader>
        <CardBody>
          {inForce.length === 0 ? (
            <EmptyState title={t("inForceEmpty")} />
          ) : (
            <Table label={t("inForce")}>
              <THead>
                <Tr>
                  <Th>{t("regulationTitle")}</Th>
                  <Th>{t("promulgatedOn")}</Th>
                  <Th>{t("effectiveOn")}</Th>
                </Tr>
              </THead>
              <TBody>
                {inForce.map((r) => (
                  <Tr key={r.id}>
                    <Td>
                      <Link href={`${base}/regulations/${r.id}`} className={linkClasses}>{r.title}</Link>
                    </Td>
                    <Td className="whitespace-nowrap">{date(r.promulgatedOn)}</Td>
                    <Td className="whitespace-nowrap">{date(r.effectiveOn)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
