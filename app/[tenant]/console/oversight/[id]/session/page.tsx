// 询问会现场记录: the special inquiry's session page for the clerk's laptop in the room. The server hands the
// questions recorded so far; the recorder keeps new ones in the browser until the server has them.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { SessionRecorder } from "@/components/oversight/inquiry/SessionRecorder";
import { Alert, Badge, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { activityRows, getActivity, getInquiryView } from "@/lib/modules/oversight";
import { recordsQuestions } from "@/lib/modules/oversight/client";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightInquiry.session.title");

type Params = { params: Promise<{ tenant: string; id: string }> };

export default async function InquirySessionPage({ params }: Params) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "inquiry.record");
  if (!allowed) return <NoAccess />;
  const a = await getActivity(tenant.id, member, id);
  if (!a) notFound();
  const q = await getInquiryView(tenant.id, { activityId: a.id });
  if (!q) notFound();
  const [t, base, rows] = await Promise.all([
    getTranslations("oversightInquiry.session"),
    getTranslations("oversight"),
    activityRows(tenant.id, a.id),
  ]);
  const byId = new Map(q.questions.map((x) => [x.id, x.clientKey]));
  const people = [...new Set([...rows.participants.map((p) => p.name), ...q.questions.map((x) => x.questionerName)])];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={a.title} />
      <div className="-mt-4 flex flex-wrap items-center gap-3 text-sm">
        <Badge tone="info">{base(`inquiryStatus.${q.status}`)}</Badge>
        <Link href={`/${tenant.slug}/console/oversight/${a.id}`} className="text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </div>
      <p className="max-w-3xl text-sm text-gray-700">{t("intro")}</p>
      {q.status === "RESEARCH" && <Alert tone="info">{t("notOpen")}</Alert>}
      {q.status === "CLOSED" && <Alert tone="info">{t("closed")}</Alert>}
      <SessionRecorder
        tenantSlug={tenant.slug}
        inquiryId={q.id}
        readOnly={!recordsQuestions(q.status)}
        respondents={q.respondents.map((r) => ({ id: r.id, unitName: r.unitName, officials: r.officials }))}
        people={people}
        questions={q.questions.map((x) => ({
          clientKey: x.clientKey,
          parentClientKey: x.parentId ? (byId.get(x.parentId) ?? null) : null,
          questionerName: x.questionerName,
          respondentId: x.respondentId,
          answererName: x.answererName,
          question: x.question,
          answer: x.answer,
          askedAt: x.askedAt,
          seq: x.seq,
        }))}
      />
    </div>
  );
}
