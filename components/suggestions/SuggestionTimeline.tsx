import { getFormatter, getTranslations } from "next-intl/server";
import type { SuggestionEventRow } from "@/lib/modules/suggestions";

/** The suggestion's timeline: each step's name, when, and the reason or note it carried. */
export async function SuggestionTimeline({ events }: { events: SuggestionEventRow[] }) {
  const [t, format] = await Promise.all([getTranslations("suggestions.events"), getFormatter()]);
  if (events.length === 0) return null;
  return (
    <ol className="space-y-3 border-l border-gray-200 pl-4">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden className="absolute -left-[21px] top-1.5 h-2.5 w-2.5 rounded-full bg-blue-600" />
          <p className="text-sm font-medium text-gray-900">{t.has(e.kind as never) ? t(e.kind as never) : e.kind}</p>
          <p className="text-xs text-gray-600">{format.dateTime(e.createdAt, "dateTime")}</p>
          {e.note && <p className="mt-1 whitespace-pre-wrap break-words text-sm text-gray-700">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
