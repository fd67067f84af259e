// A closed poll's counts: per item and option, and a named vote's pass decision. Scrolls sideways on a phone.
import { getTranslations } from "next-intl/server";
import type { PollResults } from "@/lib/modules/votes";

export async function ResultsTable({ r, large = false }: { r: PollResults; large?: boolean }) {
  const t = await getTranslations("votes");
  const cell = large ? "px-4 py-3 text-3xl" : "px-3 py-2 text-sm";
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={r.title}>
      <table className="min-w-full border-collapse">
        <thead>
          <tr className="border-b border-gray-300 text-left">
            <th scope="col" className={cell}>
              {r.title}
            </th>
            {r.options.map((o) => (
              <th key={o} scope="col" className={`${cell} text-right`}>
                {t(`option.${o}` as never)}
              </th>
            ))}
            {r.items.some((i) => i.passed !== null) && <th scope="col" className={cell} />}
          </tr>
        </thead>
        <tbody>
          {r.items.map((i) => (
            <tr key={i.id} className="border-b border-gray-200">
              <th scope="row" className={`${cell} text-left font-medium`}>
                {i.label}
              </th>
              {r.options.map((o) => (
                <td key={o} className={`${cell} text-right tabular-nums`}>
                  {i.counts[o] ?? 0}
                </td>
              ))}
              {i.passed !== null && (
                <td className={`${cell} font-semibold ${i.passed ? "text-green-800" : "text-red-800"}`}>
                  {i.passed ? t("passed") : t("failed")}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
