import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { listRegulationsInForce } from "@/lib/modules/legislation";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }> };

export const generateMetadata = titled("legislation.board.inForce");

/** The city's regulations in force, newest first — its own page so the board stays a board. */
export default async function InForcePage({ params }: Props) {
  const { tenant, allowed } = await requireMember((await params).tenant, "legislation.view");
  if (!allowed) return <NoAccess />;
  const [t, format, inForce] = await Promise.all([
    getTranslations("legislation.board"),
    getFormatter(),
    listRegulationsInForce(tenant.id),
  ]);
  const base = `/${tenant.slug}/console/legislation`;
  const date = (day: string | null) => (day ? format.dateTime(dayDate(day), "date") : "—");
  return (
    <div className="space-y-4">
      <PageHeader title={t("inForce")} description={t("inForceCount", { count: inForce.length })} />
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
                  <Link href={`${base}/regulations/${r.id}`} className={linkClasses}>
                    {r.title}
                  </Link>
                </Td>
                <Td className="whitespace-nowrap">{date(r.promulgatedOn)}</Td>
                <Td className="whitespace-nowrap">{date(r.effectiveOn)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
