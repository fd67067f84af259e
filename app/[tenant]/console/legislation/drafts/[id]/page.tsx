import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AttachmentLink } from "@/components/attachments/AttachmentLink";
import { NoAccess } from "@/components/common/NoAccess";
import { DraftArticles } from "@/components/legislation/DraftArticles";
import { DraftWarnings } from "@/components/legislation/DraftWarnings";
import { StageBadge } from "@/components/legislation/StageBadge";
import { linkClasses } from "@/components/legislation/util";
import { Badge, Card, CardBody, CardHeader, CardTitle, EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { getAttachment } from "@/lib/modules/attachments";
import { getDraftVersion } from "@/lib/modules/legislation";
import { objectTitle } from "@/lib/page-title";

export async function generateMetadata({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return objectTitle(tenant, "legislation.view", { section: "legislation.board.title" }, async (tenantId) => {
    const data = await getDraftVersion(tenantId, id);
    return data?.regulation ? data.version.title : null;
  });
}

/** A draft version article by article: its preamble, its 章/节 as headings, each 条 with its 款 and 项. */
export default async function DraftVersionPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant, allowed } = await requireMember(slug, "legislation.view");
  if (!allowed) return <NoAccess />;
  const data = await getDraftVersion(tenant.id, id);
  if (!data?.regulation) notFound();
  const { version: v, regulation, articles } = data;
  const [t, format, source] = await Promise.all([
    getTranslations("legislation.draftView"),
    getFormatter(),
    v.sourceAttachmentId ? getAttachment(tenant.id, v.sourceAttachmentId) : null,
  ]);
  const base = `/${tenant.slug}/console/legislation`;
  const whole = articles.length === 0;
  return (
    <div className="space-y-6">
      <PageHeader
        title={v.title}
        description={t("description", { label: v.label, no: v.versionNo, count: articles.length })}
      />
      <p className="-mt-4 flex flex-wrap items-center gap-2 text-sm text-gray-700">
        <Link href={`${base}/regulations/${regulation.id}`} className={linkClasses}>
          {regulation.title}
        </Link>
        <StageBadge stage={regulation.stage} />
        {v.publishedAt ? (
          <Badge tone="success">{t("publishedOn", { date: format.dateTime(v.publishedAt, "date") })}</Badge>
        ) : (
          <Badge>{t("unpublished")}</Badge>
        )}
      </p>
      {source && (
        <p className="text-sm">
          <AttachmentLink tenantSlug={tenant.slug} attachment={source} label={t("downloadOriginal")} />
        </p>
      )}
      <DraftWarnings warnings={v.warnings} />
      {v.preamble.trim() !== "" && (
        <Card as="section" aria-labelledby="preamble">
          <CardHeader>
            <CardTitle id="preamble">{whole ? t("wholeText") : t("preamble")}</CardTitle>
          </CardHeader>
          <CardBody>
            <p className="max-w-3xl whitespace-pre-line leading-7 text-gray-900">{v.preamble}</p>
          </CardBody>
        </Card>
      )}
      {whole ? (
        <EmptyState title={t("noArticles")} />
      ) : (
        <Card as="section" aria-label={t("articles")}>
          <CardBody>
            <DraftArticles chapters={v.chapters} articles={articles} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
