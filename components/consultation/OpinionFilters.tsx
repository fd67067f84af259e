import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClasses, Select } from "@/components/ui";
import type { TriageFilter } from "@/lib/modules/consultation/client";
import { CONSULTATION_CHANNELS, DISPOSITIONS } from "@/lib/modules/consultation/client";

type Option = { id: string; name: string };
type Props = {
  filter: Partial<TriageFilter>;
  articles: { id: string; label: string }[];
  districts: Option[];
  resetHref: string;
};

/** A plain GET form: the filter lives in the URL, so a filtered list can be bookmarked and shared. */
export function OpinionFilters({ filter, articles, districts, resetHref }: Props) {
  const t = useTranslations("consultation.opinions");
  const terms = useTranslations("consultationTerms");
  const narrow = "max-w-[12rem]";
  return (
    <form className="flex flex-wrap items-end gap-2" role="search" aria-label={t("filter")}>
      {filter.hash && <input type="hidden" name="hash" value={filter.hash} />}
      <Select name="article" defaultValue={filter.article ?? ""} aria-label={t("article")} className={narrow}>
        <option value="">{t("allArticles")}</option>
        <option value="whole">{t("whole")}</option>
        {articles.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
      </Select>
      <Select name="channel" defaultValue={filter.channel ?? ""} aria-label={t("channel")} className={narrow}>
        <option value="">{t("allChannels")}</option>
        {CONSULTATION_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {terms(`channel.${c}`)}
          </option>
        ))}
      </Select>
      <Select name="status" defaultValue={filter.status ?? ""} aria-label={t("status")} className={narrow}>
        <option value="">{t("allStatuses")}</option>
        <option value="RECEIVED">{terms("opinionStatus.RECEIVED")}</option>
        <option value="DISPOSED">{terms("opinionStatus.DISPOSED")}</option>
      </Select>
      <Select
        name="disposition"
        defaultValue={filter.disposition ?? ""}
        aria-label={t("disposition")}
        className={narrow}
      >
        <option value="">{t("allDispositions")}</option>
        {DISPOSITIONS.map((d) => (
          <option key={d} value={d}>
            {terms(`disposition.${d}`)}
          </option>
        ))}
      </Select>
      {districts.length > 0 && (
        <Select name="area" defaultValue={filter.area ?? ""} aria-label={t("district")} className={narrow}>
          <option value="">{t("allDistricts")}</option>
          {districts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      )}
      <Select name="campaign" defaultValue={filter.campaign ?? ""} aria-label={t("campaign")} className={narrow}>
        <option value="">{t("campaignAll")}</option>
        <option value="only">{t("campaignOnly")}</option>
        <option value="none">{t("campaignNone")}</option>
      </Select>
      <Button type="submit" variant="secondary">
        {t("filter")}
      </Button>
      <Link href={resetHref} className={buttonClasses("ghost")}>
        {t("reset")}
      </Link>
    </form>
  );
}
