// The plan's progress: a bar with its share heard and the counts (a server component; words through props).
import type { PlanProgress } from "@/lib/modules/oversight/client";

export function PlanProgressBar({
  progress,
  label,
  detail,
}: {
  progress: PlanProgress;
  label: string;
  detail: string;
}) {
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-medium text-gray-900">{label}</span>
        <span className="text-gray-700">{detail}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        className="h-3 w-full overflow-hidden rounded-full bg-gray-200"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${progress.percent}%` }} />
      </div>
    </div>
  );
}
