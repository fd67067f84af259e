// The public side of a station, linked from its console page: the public page, the printable QR poster and the
// .ics feed (the addresses the station prints and shares).
import { useTranslations } from "next-intl";
import { linkClasses } from "@/components/legislation-public/format";

export function StationPublicLinks({ tenantSlug, stationId }: { tenantSlug: string; stationId: string }) {
  const t = useTranslations("stationsPublic.console");
  const api = `/api/v1/${tenantSlug}/stations/${stationId}`;
  return (
    <>
      <a href={`/${tenantSlug}/stations/${stationId}`} className={linkClasses}>
        {t("publicPage")}
      </a>
      <a href={`${api}/poster`} className={linkClasses}>
        {t("poster")}
      </a>
      <a href={`${api}/calendar.ics`} className={linkClasses}>
        {t("calendar")}
      </a>
    </>
  );
}
