// A station's checklist against the city's standard, with the completion figure; those who run the station edit
// each item's evidence in place. Server-rendered around the client forms.
import { useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation/util";
import { Badge } from "@/components/ui";
import { attachmentUrl } from "@/lib/modules/attachments/client";
import type { Checklist as ChecklistData } from "@/lib/modules/stations/client";
import { EvidenceForm } from "./EvidenceForm";

type Props = { tenantSlug: string; stationId: string; checklist: ChecklistData; editable: boolean };

export function Checklist({ tenantSlug, stationId, checklist, editable }: Props) {
  const t = useTranslations("stations.checklist");
  if (checklist.rows.length === 0) return <p className="text-sm text-gray-600">{t("noItems")}</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-gray-800">
        {t("completion", { name: checklist.name, met: checklist.met, total: checklist.total })}
      </p>
      <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
        {checklist.rows.map((row) => (
          <li key={row.id} className="space-y-2 p-4">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-medium text-gray-900">{row.label}</h3>
              {row.met ? <Badge tone="success">{t("metBadge")}</Badge> : <Badge tone="warning">{t("notMet")}</Badge>}
              {!row.active && <Badge>{t("retired")}</Badge>}
            </div>
            {row.guidance && <p className="text-sm text-gray-600">{row.guidance}</p>}
            {row.note && !editable && <p className="text-sm text-gray-800">{row.note}</p>}
            {row.attachment && (
              <a href={attachmentUrl(tenantSlug, row.attachment.id)} className={`text-sm ${linkClasses}`}>
                {t("download", { name: row.attachment.fileName })}
              </a>
            )}
            {editable && row.active && (
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("edit")}</summary>
                <div className="pt-3">
                  <EvidenceForm
                    tenantSlug={tenantSlug}
                    stationId={stationId}
                    item={{
                      id: row.id,
                      label: row.label,
                      met: row.met,
                      note: row.note,
                      fileName: row.attachment?.fileName ?? null,
                    }}
                  />
                </div>
              </details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
