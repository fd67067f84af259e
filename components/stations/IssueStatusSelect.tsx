"use client";
// The follow-up status of one issue raised at a reception, changed in place by those who run the station.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/useActionForm";
import { Select } from "@/components/ui";
import { ISSUE_STATUSES, updateIssueStatusAction, type IssueStatus } from "@/lib/modules/stations/client";

export function IssueStatusSelect({
  tenantSlug,
  id,
  status,
  label,
}: {
  tenantSlug: string;
  id: string;
  status: IssueStatus;
  label: string;
}) {
  const statuses = useTranslations("stations.issueStatus");
  const router = useRouter();
  const { pending, error, submit } = useActionForm((input) => updateIssueStatusAction(tenantSlug, input));
  return (
    <div>
      <Select
        aria-label={label}
        defaultValue={status}
        disabled={pending}
        onChange={(e) => submit({ id, status: e.currentTarget.value }, () => router.refresh())}
      >
        {ISSUE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statuses(s)}
          </option>
        ))}
      </Select>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error.message}
        </p>
      )}
    </div>
  );
}
