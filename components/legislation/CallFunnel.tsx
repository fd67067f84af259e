import { useTranslations } from "next-intl";

export type Funnel = {
  received: number;
  open: number;
  deliberation: number;
  research: number;
  reserve: number;
  merged: number;
  rejected: number;
};
const OUTCOMES = ["deliberation", "research", "reserve", "merged", "rejected", "open"] as const;

/** The result of a call as reports tell it: 征集 N 项 → 审议项目 a 个 + 调研论证项目 b 个 + … */
export function CallFunnel({ funnel }: { funnel: Funnel }) {
  const t = useTranslations("legislation.funnel");
  return (
    <div className="space-y-4">
      <p className="text-base text-gray-900">{t("sentence", funnel)}</p>
      {/* Two lists side by side (a <dl> may hold only its term groups, not the arrow between them). */}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-stretch">
        <dl className="rounded-lg border border-brand-600 bg-white p-4 sm:w-40">
          <dt className="text-sm text-gray-700">{t("received")}</dt>
          <dd className="text-3xl font-semibold tabular-nums">{funnel.received}</dd>
        </dl>
        <div aria-hidden="true" className="self-center text-2xl text-gray-500 max-sm:rotate-90">
          →
        </div>
        <dl className="grid flex-1 grid-cols-2 gap-2 md:grid-cols-3">
          {OUTCOMES.map((k) => (
            <div key={k} className="rounded-lg border border-gray-200 bg-white p-3">
              <dt className="text-sm text-gray-700">{t(k)}</dt>
              <dd className="text-xl font-semibold tabular-nums">{funnel[k]}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
