import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { RevealContact } from "@/components/common/RevealContact";
import { EndTermForm } from "@/components/deputies/EndTermForm";
import { PhotoForm } from "@/components/deputies/PhotoForm";
import { dayDate, linkClasses } from "@/components/legislation/util";
import { Badge, buttonClasses, Card, CardBody, CardHeader, CardTitle, FactList, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { getDeputy, revealDeputyPhoneAction } from "@/lib/modules/deputies";
import { objectTitle } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "deputy.view",
    { section: "deputies.list.title" },
    async (tenantId) => (await getDeputy(tenantId, id))?.name,
  );
}

/** One deputy: the entry with the phone masked (revealed, audited, for the office), and ending the term. */
export default async function DeputyPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "deputy.view");
  if (!allowed) return <NoAccess />;
  const deputy = await getDeputy(tenant.id, id);
  if (!deputy) notFound();
  const [t, tp, levels, genders, statuses, format] = await Promise.all([
    getTranslations("deputies.detail"),
    getTranslations("deputies.photo"),
    getTranslations("deputies.level"),
    getTranslations("deputies.gender"),
    getTranslations("deputies.status"),
    getFormatter(),
  ]);
  const base = `/${tenant.slug}/console/deputies`;
  const manage = can(member.roles, "deputy.manage");
  const ended = deputy.status !== "IN_OFFICE";
  return (
    <div className="space-y-6">
      <PageHeader
        title={deputy.name}
        description={[levels(deputy.level), deputy.term, deputy.delegation].filter(Boolean).join(" · ")}
        actions={
          manage && (
            <Link href={`${base}/${deputy.id}/edit`} className={buttonClasses("secondary")}>
              {t("edit")}
            </Link>
          )
        }
      />
      <div className="-mt-4 flex flex-wrap items-center gap-3 text-sm">
        {ended ? <Badge>{statuses(deputy.status)}</Badge> : <Badge tone="success">{statuses(deputy.status)}</Badge>}
        <Link href={base} className={linkClasses}>
          {t("back")}
        </Link>
      </div>
      <Card as="section" aria-labelledby="facts">
        <CardHeader>
          <CardTitle id="facts">{t("facts")}</CardTitle>
        </CardHeader>
        <CardBody className="space-y-4">
          {deputy.photoId && (
            // The attachment route serves it to deputy.view holders only (the photo's access).
            // eslint-disable-next-line @next/next/no-img-element -- an attachment download, not a static asset
            <img
              src={`/api/v1/${tenant.slug}/attachments/${deputy.photoId}`}
              alt={tp("alt", { name: deputy.name })}
              className="h-40 w-32 rounded-md border border-gray-200 object-cover"
            />
          )}
          <FactList
            rows={[
              [t("gender"), genders(deputy.gender)],
              [t("ethnicity"), deputy.ethnicity],
              [t("birthYear"), String(deputy.birthYear)],
              [t("party"), deputy.party],
              [t("occupation"), deputy.occupation],
              [t("workUnit"), deputy.workUnit],
              [t("level"), levels(deputy.level)],
              [t("term"), deputy.term],
              [t("delegation"), deputy.delegation],
              [t("constituency"), deputy.constituency ?? t("noConstituency")],
              [
                t("phone"),
                deputy.phoneMasked ? (
                  <RevealContact
                    masked={deputy.phoneMasked}
                    label={t("phone")}
                    reveal={
                      can(member.roles, "deputy.revealPhone")
                        ? revealDeputyPhoneAction.bind(null, tenant.slug, { deputyId: deputy.id })
                        : undefined
                    }
                  />
                ) : (
                  t("noPhone")
                ),
              ],
              [
                t("account"),
                deputy.user
                  ? t("accountValue", { name: deputy.user.displayName, username: deputy.user.username })
                  : t("noAccount"),
              ],
              [t("status"), statuses(deputy.status)],
              [t("statusOn"), deputy.statusOn ? format.dateTime(dayDate(deputy.statusOn), "date") : null],
              [t("reason"), deputy.statusReason || null],
            ]}
          />
        </CardBody>
      </Card>
      {manage && (
        <Card as="section" aria-labelledby="photo">
          <CardHeader>
            <CardTitle id="photo">{tp("title")}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-2">
            {!deputy.photoId && <p className="text-sm text-gray-600">{tp("none")}</p>}
            <PhotoForm tenantSlug={tenant.slug} deputyId={deputy.id} hasPhoto={!!deputy.photoId} />
          </CardBody>
        </Card>
      )}
      {manage && !ended && (
        <Card as="section" aria-labelledby="end-term">
          <CardHeader>
            <CardTitle id="end-term">{t("endTerm")}</CardTitle>
          </CardHeader>
          <CardBody>
            <EndTermForm tenantSlug={tenant.slug} deputyId={deputy.id} today={todayInShanghai()} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
