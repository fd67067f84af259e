import { useFormatter, useTranslations } from "next-intl";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { OpinionRow } from "@/lib/modules/consultation/client";
import { DispositionBadge } from "./DispositionBadge";

export type OpinionNames = {
  article: (identity: string | null) => string;
  area: Map<string, string>;
  point: Map<string, string>;
  campaign: Map<string, number>;
  adopted: Map<string, { label: string; version: string }>;
};

type Props = {
  rows: OpinionRow[];
  names: OpinionNames;
  /** The dispose form the checkboxes belong to; none: read only. */ formId: string | null;
};

/** One page of opinions. The checkboxes belong to the dispose form by form="…", so the rows stay server-rendered. */
export function OpinionTable({ rows, names, formId }: Props) {
  const t = useTranslations("consultation.opinions");
  const terms = useTranslations("consultationTerms");
  const format = useFormatter();
  return (
    <div className="space-y-1">
      <p className="text-sm text-gray-600 lg:hidden">
        <span aria-hidden="true">⇆ </span>
        {t("scrollHint")}
      </p>
      <Table label={t("title")}>
        <THead>
          <Tr>
            {formId && (
              <Th>
                <span className="sr-only">{t("columns.select")}</span>
              </Th>
            )}
            <Th>{t("columns.content")}</Th>
            <Th>{t("columns.article")}</Th>
            <Th>{t("columns.source")}</Th>
            <Th>{t("columns.submittedAt")}</Th>
            <Th>{t("columns.result")}</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((o) => {
            const time = format.dateTime(o.createdAt, "dateTime");
            const copies = names.campaign.get(o.contentHash);
            const place = o.adoptedArticleId ? names.adopted.get(o.adoptedArticleId) : undefined;
            const source = o.contactPointId
              ? names.point.get(o.contactPointId)
              : o.areaId
                ? names.area.get(o.areaId)
                : undefined;
            return (
              <Tr key={o.id}>
                {formId && (
                  <Td className="w-10">
                    <input
                      type="checkbox"
                      name="opinionIds"
                      value={o.id}
                      form={formId}
                      aria-label={t("selectOne", { time })}
                      className="mt-1 size-5 accent-brand-600"
                    />
                  </Td>
                )}
                <Td className="min-w-[18rem] max-w-2xl">
                  <p className="whitespace-pre-line leading-6 text-gray-900">{o.content}</p>
                  <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-gray-600">
                    <span>{o.name ?? t("anonymous")}</span>
                    <span>{t("receipt", { code: o.receiptCode })}</span>
                    {o.peopleConsulted ? <span>{t("people", { count: o.peopleConsulted })}</span> : null}
                    {copies ? <Badge tone="warning">{t("campaignBadge", { size: copies })}</Badge> : null}
                  </p>
                </Td>
                <Td className="whitespace-nowrap">{names.article(o.articleIdentity)}</Td>
                <Td>
                  <span className="whitespace-nowrap">{terms(`channel.${o.channel}`)}</span>
                  {source && <span className="block text-xs text-gray-600">{source}</span>}
                </Td>
                <Td className="whitespace-nowrap tabular-nums">{time}</Td>
                <Td className="min-w-[12rem]">
                  <DispositionBadge disposition={o.disposition} />
                  {o.reason && <p className="mt-1 text-sm text-gray-700">{t("reason", { reason: o.reason })}</p>}
                  {place && (
                    <p className="mt-1 text-sm text-gray-700">
                      {t("adoptedInto", { place: `${place.version}${place.label}` })}
                    </p>
                  )}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}
