import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { categoryLabel, clockLabel } from "@/components/citizen-messages/labels";
import { MessageMoves } from "@/components/citizen-messages/MessageMoves";
import { MessageReplies } from "@/components/citizen-messages/MessageReplies";
import { MessageTimeline } from "@/components/citizen-messages/MessageTimeline";
import { NoAccess } from "@/components/common/NoAccess";
import { RevealContact } from "@/components/common/RevealContact";
import { linkClasses } from "@/components/legislation/util";
import { Badge, Card, CardBody, CardHeader, CardTitle, FactList, PageHeader } from "@/components/ui";
import { can } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { attachmentUrl } from "@/lib/modules/attachments/client";
import {
  getMessage,
  loadViewer,
  messageSettings,
  replyDeadline,
  revealMessageContactAction,
} from "@/lib/modules/citizen-messages";
import { listUnits } from "@/lib/modules/tenancy";
import { objectTitle } from "@/lib/page-title";

type Params = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "message.view",
    { section: "citizenMessagesConsole.list.title" },
    async (tenantId, member) => (await getMessage(tenantId, await loadViewer(member), id))?.title,
  );
}

/** One message: its text, photos and area, the masked contact (revealed, audited, to whoever must call back), the
 *  timeline, the replies, and the forms of exactly the moves this member may make now. */
export default async function MessagePage({ params }: Params) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "message.view");
  if (!allowed) return <NoAccess />;
  const viewer = await loadViewer(member);
  // Not seen by this member, or another city's: the same 404 as an id that does not exist.
  const m = await getMessage(tenant.id, viewer, id);
  if (!m) notFound();
  const [t, lt, statuses, categories, ratings, format] = await Promise.all([
    getTranslations("citizenMessagesConsole.detail"),
    getTranslations("citizenMessagesConsole.list"),
    getTranslations("citizenMessages.status"),
    getTranslations("citizenMessages.categories"),
    getTranslations("citizenMessages.rating"),
    getFormatter(),
  ]);
  const settings = messageSettings(tenant.settings);
  const needsUnits = m.moves.includes("transfer") || m.moves.includes("reassign");
  const [units, deadline] = needsUnits ? await Promise.all([listUnits(tenant.id), replyDeadline(tenant)]) : [[], null];
  const mayPublish =
    can(member.roles, "message.manage") &&
    settings.publicBoard &&
    m.publishConsent &&
    (m.status === "RELEASED" || m.status === "CLOSED");
  const reveal = m.mayReveal && can(member.roles, "message.revealContact");
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00+08:00`), "date");
  const when = (d: Date | null) => (d ? format.dateTime(d, "dateTime") : null);
  const left = clockLabel(lt, m.workingDaysLeft);
  return (
    <>
      <div className="space-y-6">
        <PageHeader
          title={m.title}
          description={[m.receiptCode, categoryLabel(categories, m.category), m.stationName, m.deputyName]
            .filter(Boolean)
            .join(" · ")}
        />
        <div className="-mt-4 flex flex-wrap items-center gap-3 text-sm">
          <Badge tone={m.overdue ? "danger" : "info"}>{statuses(m.status)}</Badge>
          {m.overdue && <Badge tone="danger">{lt("overdue")}</Badge>}
          {m.publishedAt && <Badge tone="success">{t("published")}</Badge>}
          <Link href={`/${tenant.slug}/console/messages`} className={linkClasses}>
            {t("back")}
          </Link>
        </div>
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            <Card as="section" aria-labelledby="facts">
              <CardHeader>
                <CardTitle id="facts">{t("facts")}</CardTitle>
              </CardHeader>
              <CardBody className="space-y-4">
                <div>
                  <h3 className="text-sm font-medium text-gray-700">{t("body")}</h3>
                  <p className="mt-1 whitespace-pre-wrap break-words text-gray-900">{m.body}</p>
                </div>
                {m.photos.length > 0 && (
                  <div>
                    <h3 className="text-sm font-medium text-gray-700">{t("photos")}</h3>
                    <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
                      {m.photos.map((p, i) => (
                        <li key={p.id}>
                          <a href={attachmentUrl(tenant.slug, p.id)} className="block">
                            {/* eslint-disable-next-line @next/next/no-img-element -- a stored, content-checked image */}
                            <img
                              src={attachmentUrl(tenant.slug, p.id)}
                              alt={t("photo", { n: i + 1 })}
                              className="aspect-square w-full rounded-md border border-gray-200 object-cover"
                              loading="lazy"
                            />
                          </a>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                <FactList
                  rows={[
                    [t("area"), m.areaPath],
                    [t("name"), m.name || t("anonymous")],
                    [
                      t("phone"),
                      m.phoneMasked ? (
                        <RevealContact
                          masked={m.phoneMasked}
                          label={t("phone")}
                          reveal={
                            reveal ? revealMessageContactAction.bind(null, tenant.slug, m.id, "phone") : undefined
                          }
                        />
                      ) : (
                        t("noContact")
                      ),
                    ],
                    [
                      t("email"),
                      m.emailMasked ? (
                        <RevealContact
                          masked={m.emailMasked}
                          label={t("email")}
                          reveal={
                            reveal ? revealMessageContactAction.bind(null, tenant.slug, m.id, "email") : undefined
                          }
                        />
                      ) : null,
                    ],
                    [t("replyByPhone"), m.replyByPhone ? t("yes") : t("no")],
                    [t("publishConsent"), m.publishConsent ? t("yes") : t("no")],
                    [lt("createdAt"), when(m.createdAt)],
                  ]}
                />
              </CardBody>
            </Card>
            <Card as="section" aria-labelledby="handling">
              <CardHeader>
                <CardTitle id="handling">{t("handling")}</CardTitle>
              </CardHeader>
              <CardBody>
                <FactList
                  rows={[
                    [lt("unit"), m.unitName],
                    [lt("dueOn"), m.dueOn ? [day(m.dueOn), left].filter(Boolean).join(" · ") : null],
                    [t("transferredAt"), when(m.transferredAt)],
                    [
                      t("firstRepliedAt"),
                      m.firstRepliedAt
                        ? [
                            when(m.firstRepliedAt),
                            m.repliedOnTime === null ? null : m.repliedOnTime ? t("onTime") : t("late"),
                          ]
                            .filter(Boolean)
                            .join(" · ")
                        : null,
                    ],
                    [t("reason"), m.reason],
                    [
                      t("rating"),
                      m.rating
                        ? [ratings(m.rating as never), m.ratingComment].filter(Boolean).join(" · ")
                        : m.releasedAt
                          ? t("notRated")
                          : null,
                    ],
                    [
                      t("mergedIntoLabel"),
                      m.mergedInto ? (
                        <Link href={`/${tenant.slug}/console/messages/${m.mergedInto.id}`} className={linkClasses}>
                          {t("mergedInto", { code: m.mergedInto.receiptCode })}
                        </Link>
                      ) : null,
                    ],
                    [
                      t("mergedHere"),
                      m.merged.length ? (
                        <ul>
                          {m.merged.map((x) => (
                            <li key={x.id}>
                              <Link href={`/${tenant.slug}/console/messages/${x.id}`} className={linkClasses}>
                                {x.receiptCode} · {x.title}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      ) : null,
                    ],
                  ]}
                />
              </CardBody>
            </Card>
            <Card as="section" aria-labelledby="replies">
              <CardHeader>
                <CardTitle id="replies">{t("replies")}</CardTitle>
              </CardHeader>
              <CardBody>
                <MessageReplies replies={m.replies} tenantSlug={tenant.slug} />
              </CardBody>
            </Card>
          </div>
          <div className="space-y-6">
            <section aria-labelledby="moves" className="space-y-3">
              <h2 id="moves" className="text-lg font-semibold text-gray-900">
                {t("moves")}
              </h2>
              {m.moves.length === 0 && !mayPublish ? (
                <p className="text-sm text-gray-700">{t("noMoves")}</p>
              ) : (
                <MessageMoves
                  tenantSlug={tenant.slug}
                  id={m.id}
                  moves={m.moves}
                  category={m.category}
                  categories={settings.categories.map((c) => ({ value: c, label: categoryLabel(categories, c) }))}
                  units={units.map((u) => ({ value: u.id, label: u.name }))}
                  currentUnitId={m.unitId}
                  deadline={deadline ? { days: settings.replyWorkingDays, day: day(deadline.dueOn) } : null}
                  publish={mayPublish ? { published: m.publishedAt !== null } : null}
                />
              )}
            </section>
            <Card as="section" aria-labelledby="timeline">
              <CardHeader>
                <CardTitle id="timeline">{t("timeline")}</CardTitle>
              </CardHeader>
              <CardBody>
                <MessageTimeline events={m.events} />
              </CardBody>
            </Card>
          </div>
        </div>
      </div>
    </>
  );
}
