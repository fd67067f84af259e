import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { CallForm } from "@/components/legislation/CallForm";
import { dayDate, linkClasses } from "@/components/legislation/util";
import {
  Badge,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  EmptyState,
  PageHeader,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { listCalls } from "@/lib/modules/legislation";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("legislation.calls.title");

/** Calls for legislative proposals (立项征集), newest first, and — for legislative staff — a new one. */
export default async function CallsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "legislation.view");
  if (!allowed) return <NoAccess />;
  const [t, terms, format, calls] = await Promise.all([
    getTranslations("legislation.calls"),
    getTranslations("legislationTerms.channel"),
    getFormatter(),
    listCalls(tenant.id),
  ]);
  const today = todayInShanghai();
  const base = `/${tenant.slug}/console/legislation/calls`;
  const date = (day: string) => format.dateTime(dayDate(day), "date");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {calls.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table label={t("title")}>
          <THead>
            <Tr>
              <Th>{t("callTitle")}</Th>
              <Th>{t("period")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("channels")}</Th>
              <Th className="text-right">{t("proposals")}</Th>
            </Tr>
          </THead>
          <TBody>
            {calls.map((c) => (
              <Tr key={c.id}>
                <Td>
                  <Link href={`${base}/${c.id}`} className={linkClasses}>
                    {c.title}
                  </Link>
                </Td>
                <Td className="whitespace-nowrap">
                  {t("periodValue", { from: date(c.opensOn), to: date(c.closesOn) })}
                </Td>
                <Td>
                  {c.open ? (
                    <Badge tone="success">{t("open")}</Badge>
                  ) : c.opensOn > today ? (
                    <Badge tone="info">{t("upcoming")}</Badge>
                  ) : (
                    <Badge>{t("closed")}</Badge>
                  )}
                </Td>
                <Td>{c.channels.map((ch) => terms(ch)).join("、")}</Td>
                <Td className="text-right tabular-nums">{c.proposals}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {can(member.roles, "legislation.manage") && (
        <Card as="section" aria-labelledby="new-call">
          <CardHeader>
            <CardTitle id="new-call">{t("new")}</CardTitle>
          </CardHeader>
          <CardBody>
            <CallForm tenantSlug={tenant.slug} today={today} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
