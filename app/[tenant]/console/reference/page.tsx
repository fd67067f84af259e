import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { AreaTree } from "@/components/tenancy/AreaTree";
import { Card, CardBody, CardHeader, CardTitle, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { getAreaTree, listCommittees, listUnits } from "@/lib/modules/tenancy";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("console.reference.title");

export default async function ReferencePage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, allowed } = await requireMember((await params).tenant, "reference.view");
  if (!allowed) return <NoAccess />;
  const t = await getTranslations("console.reference");
  const [areas, committees, units] = await Promise.all([
    getAreaTree(tenant.id),
    listCommittees(tenant.id),
    listUnits(tenant.id),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card as="section">
          <CardHeader>
            <CardTitle>{t("committees")}</CardTitle>
          </CardHeader>
          <CardBody>
            <Table label={t("committees")}>
              <THead>
                <Tr>
                  <Th>{t("name")}</Th>
                  <Th>{t("shortName")}</Th>
                </Tr>
              </THead>
              <TBody>
                {committees.map((c) => (
                  <Tr key={c.id}>
                    <Td>{c.name}</Td>
                    <Td>{c.shortName}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </CardBody>
        </Card>
        <Card as="section">
          <CardHeader>
            <CardTitle>{t("units")}</CardTitle>
          </CardHeader>
          <CardBody>
            <Table label={t("units")}>
              <THead>
                <Tr>
                  <Th>{t("name")}</Th>
                  <Th>{t("kind")}</Th>
                </Tr>
              </THead>
              <TBody>
                {units.map((u) => (
                  <Tr key={u.id}>
                    <Td>{u.name}</Td>
                    <Td>{t(`unitKind.${u.kind}`)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </CardBody>
        </Card>
      </div>
      <Card as="section">
        <CardHeader>
          <CardTitle>{t("areas")}</CardTitle>
        </CardHeader>
        <CardBody>
          <AreaTree nodes={areas} levelLabel={(l) => t(`areaLevel.${l}`)} />
        </CardBody>
      </Card>
    </div>
  );
}
