// A message's receipt for the citizen (/track/{code}): what it was about, where it stands as a list of steps (a
// phone's width: one step a line), the steps of its timeline meant for them, the released answer, and the rating
// form while it may be rated (or the rating given, with thanks). Never the citizen's own contact details.
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Badge, Card, CardBody, CardHeader, CardTitle, cx, FactList } from "@/components/ui";
import type { MessageReceipt, MessageStatus } from "@/lib/modules/citizen-messages/client";
import { RatingForm } from "./RatingForm";

const STEPS = ["submitted", "accepted", "handling", "replied", "closed"] as const;

const STEP_OF: Partial<Record<MessageStatus, number>> = {
  SUBMITTED: 0,
  ACCEPTED: 1,
  CLASSIFIED: 1,
  TRANSFERRED: 2,
  HANDBACK_REQUESTED: 2,
  REPLIED: 2,
  RELEASED: 3,
  CLOSED: 4,
};

export async function MessageReceiptStatus({
  tenantSlug,
  receipt: r,
}: {
  tenantSlug: string;
  receipt: MessageReceipt;
}) {
  const [t, rt, cm, format] = await Promise.all([
    getTranslations("citizenMessagesPublic.receipt"),
    getTranslations("citizenMessagesPublic.rate"),
    getTranslations("citizenMessages"),
    getFormatter(),
  ]);
  const current = STEP_OF[r.status];
  const stopped = current === undefined;
  const category = r.categoryIsCode ? cm(`categories.${r.category}` as never) : r.category;
  return (
    <div className="space-y-4">
      <Card as="section" aria-labelledby="message-submitted">
        <CardHeader>
          <CardTitle id="message-submitted">{t("kind")}</CardTitle>
          <span className="font-mono text-sm tracking-widest text-gray-700">{r.receiptCode}</span>
        </CardHeader>
        <CardBody className="space-y-2">
          <p className="text-lg font-semibold text-gray-900 [overflow-wrap:anywhere]">{r.title}</p>
          <FactList
            compact
            rows={[
              [t("station"), r.station.name],
              [t("deputy"), r.deputy?.name],
              [t("category"), category],
              [t("submitted"), format.dateTime(new Date(r.submittedAt), "date")],
            ]}
          />
        </CardBody>
      </Card>

      <Card as="section" aria-labelledby="message-status">
        <CardHeader>
          <CardTitle id="message-status">{t("statusTitle")}</CardTitle>
          <Badge tone={r.status === "CLOSED" || r.status === "RELEASED" ? "success" : stopped ? "neutral" : "info"}>
            {cm(`status.${r.status}`)}
          </Badge>
        </CardHeader>
        <CardBody className="space-y-4">
          {r.merged && <Alert tone="info">{t("merged")}</Alert>}
          {stopped ? (
            <div className="space-y-2">
              <p className="text-gray-900">{t("stopped")}</p>
              {r.reason && (
                <div>
                  <h3 className="text-sm font-semibold text-gray-900">{t("reason")}</h3>
                  <p className="whitespace-pre-line leading-7 text-gray-800 [overflow-wrap:anywhere]">{r.reason}</p>
                </div>
              )}
            </div>
          ) : (
            <ol aria-label={t("steps")} className="space-y-2">
              {STEPS.map((s, i) => (
                <li
                  key={s}
                  aria-current={i === current ? "step" : undefined}
                  className={cx(
                    "flex items-center gap-3 rounded-md border-l-4 px-3 py-2",
                    i < current! && "border-brand-600 text-gray-900",
                    i === current && "border-brand-600 bg-brand-50 font-semibold text-gray-900",
                    i > current! && "border-gray-200 text-gray-600",
                  )}
                >
                  <span
                    aria-hidden="true"
                    className={cx(
                      "flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs",
                      i <= current! ? "bg-brand-600 text-white" : "bg-gray-200 text-gray-700",
                    )}
                  >
                    {i < current! || (i === current && r.status === "CLOSED") ? "✓" : i + 1}
                  </span>
                  {t(`step.${s}`)}
                </li>
              ))}
            </ol>
          )}
          <p className="sr-only">{t("current", { status: cm(`status.${r.status}`) })}</p>
        </CardBody>
      </Card>

      {!(stopped && r.replies.length === 0) && (
        <Card as="section" aria-labelledby="message-reply">
          <CardHeader>
            <CardTitle id="message-reply">{t("replyTitle")}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-4">
            {r.replies.length === 0 ? (
              <p className="text-gray-700">{t("noReply")}</p>
            ) : (
              r.replies.map((reply) => (
                <article key={`${reply.round}-${reply.releasedAt}`} className="space-y-2">
                  {(r.replies.length > 1 || reply.direct) && (
                    <h3 className="text-sm font-semibold text-gray-900">
                      {r.replies.length > 1 ? t("replyRound", { round: reply.round }) : t("replyDirect")}
                      {r.replies.length > 1 && reply.direct && (
                        <span className="ml-2 font-normal text-gray-700">{t("replyDirect")}</span>
                      )}
                    </h3>
                  )}
                  <p className="whitespace-pre-line leading-7 text-gray-900 [overflow-wrap:anywhere]">{reply.body}</p>
                  <p className="text-sm text-gray-700">
                    {t("replyOn", { date: format.dateTime(new Date(reply.releasedAt), "date") })}
                  </p>
                  {reply.attachments.length > 0 && (
                    <div>
                      <h4 className="text-sm font-semibold text-gray-900">{t("attachments")}</h4>
                      <ul className="list-disc pl-5 text-sm">
                        {reply.attachments.map((f) => (
                          <li key={f.id}>
                            <a
                              href={`/api/v1/${tenantSlug}/receipts/${r.receiptCode}/files/${f.id}`}
                              className="font-medium text-brand-700 underline underline-offset-2 [overflow-wrap:anywhere]"
                            >
                              {f.fileName}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </article>
              ))
            )}
          </CardBody>
        </Card>
      )}

      {(r.canRate || r.rating) && (
        <Card as="section" aria-labelledby="rate-title">
          <CardHeader>
            <CardTitle id="rate-title">{r.canRate ? rt("title") : rt("thanks")}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-2">
            {r.canRate ? (
              <RatingForm tenantSlug={tenantSlug} code={r.receiptCode} />
            ) : (
              r.rating && (
                <div role="status" className="space-y-1">
                  <p className="font-semibold text-gray-900">
                    {rt("given", { rating: cm(`rating.${r.rating.value}`) })}
                  </p>
                  <p className="text-sm text-gray-700">
                    {rt("givenOn", { date: format.dateTime(new Date(r.rating.at), "date") })}
                  </p>
                  {r.rating.comment && (
                    <p className="whitespace-pre-line text-gray-800 [overflow-wrap:anywhere]">
                      {rt("comment_given", { comment: r.rating.comment })}
                    </p>
                  )}
                  <p className="text-gray-800">{r.status === "CLOSED" ? rt("thanksClosed") : rt("thanksReopened")}</p>
                </div>
              )
            )}
          </CardBody>
        </Card>
      )}

      <section aria-labelledby="message-timeline" className="space-y-2">
        <h2 id="message-timeline" className="text-lg font-semibold text-gray-900">
          {t("timelineTitle")}
        </h2>
        <ol className="space-y-3 border-l-2 border-gray-200 pl-4">
          {r.steps.map((s, i) => (
            <li key={`${s.kind}-${s.at}-${i}`}>
              <p className="font-medium text-gray-900">{cm(`moves.${s.kind}` as never)}</p>
              <p className="text-sm text-gray-700">
                <time dateTime={s.at}>{format.dateTime(new Date(s.at), "dateTime")}</time>
              </p>
              {s.reason && (
                <p className="whitespace-pre-line text-sm text-gray-800 [overflow-wrap:anywhere]">
                  {t("reason")}：{s.reason}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
      <p className="text-xs text-gray-600">{t("privacy")}</p>
    </div>
  );
}
