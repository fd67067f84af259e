// The replies to a message: the unit's (or the deputy's direct answer), each with its round, author, state
// (waiting for the check, sent back, released) and files.
import { useFormatter, useTranslations } from "next-intl";
import { AttachmentLink } from "@/components/attachments/AttachmentLink";
import { Badge } from "@/components/ui";
import type { MessageReplyRow } from "@/lib/modules/citizen-messages/client";

export function MessageReplies({ replies, tenantSlug }: { replies: MessageReplyRow[]; tenantSlug: string }) {
  const t = useTranslations("citizenMessagesConsole.detail");
  const format = useFormatter();
  if (replies.length === 0) return <p className="text-sm text-gray-700">{t("noReplies")}</p>;
  return (
    <ul className="space-y-4">
      {replies.map((r) => (
        <li key={r.id} className="rounded-md border border-gray-200 p-3">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            <span className="font-medium text-gray-900">
              {r.unitId ? t("replyRound", { round: r.round }) : t("directAnswer")}
            </span>
            {r.releasedAt ? (
              <Badge tone="success">{t("replyReleased")}</Badge>
            ) : r.sentBackAt ? (
              <Badge tone="warning">{t("replySentBack")}</Badge>
            ) : (
              <Badge tone="info">{t("replyPending")}</Badge>
            )}
          </p>
          <p className="text-sm text-gray-600">
            {format.dateTime(r.createdAt, "dateTime")}
            {[r.unitName, r.authorName].filter(Boolean).map((x) => ` · ${x}`)}
          </p>
          <p className="mt-2 whitespace-pre-wrap break-words text-gray-900">{r.body}</p>
          {r.files.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm">
              {r.files.map((f) => (
                <li key={f.id}>
                  <AttachmentLink tenantSlug={tenantSlug} attachment={f} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
