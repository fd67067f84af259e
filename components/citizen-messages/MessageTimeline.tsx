// A message's timeline: each step with who made it and when, what it was, its note, and whether the citizen
// sees it on the receipt page (public) or only the console (internal).
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui";
import type { MessageEventRow } from "@/lib/modules/citizen-messages/client";

export function MessageTimeline({ events }: { events: MessageEventRow[] }) {
  const t = useTranslations("citizenMessagesConsole.detail");
  const moves = useTranslations("citizenMessages.moves");
  const statuses = useTranslations("citizenMessages.status");
  const format = useFormatter();
  const name = (kind: string) => (moves.has(kind as never) ? moves(kind as never) : kind);
  const who = (e: MessageEventRow) =>
    e.actorName ?? (e.actorId ? null : ["rate", "reopen", "submit"].includes(e.kind) ? t("citizen") : t("system"));
  return (
    <ol className="space-y-3 border-s-2 border-gray-200 ps-4">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden className="absolute -start-[1.4rem] top-1.5 h-3 w-3 rounded-full bg-brand-700" />
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            <span className="font-medium text-gray-900">{name(e.kind)}</span>
            <Badge tone={e.public ? "info" : "neutral"}>{e.public ? t("public") : t("internal")}</Badge>
            <span className="text-gray-600">→ {statuses(e.toStatus)}</span>
          </p>
          <p className="text-sm text-gray-700">
            <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, "dateTime")}</time>
            {[who(e), e.unitName].filter(Boolean).map((x) => ` · ${x}`)}
          </p>
          {e.note && <p className="mt-1 whitespace-pre-wrap break-words text-sm text-gray-800">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
