// A year's status: confirmed or counting weekends only, where its data came from, who confirmed it, and how many
// working days it has. Server-rendered.
import { useFormatter, useTranslations } from "next-intl";
import { Alert, Badge, Card, CardBody, FactList } from "@/components/ui";
import type { CalendarYearDetail } from "@/lib/modules/calendar/client";

export function YearStatus({ year }: { year: CalendarYearDetail }) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const confirmedValue = year.confirmedAt
    ? year.confirmedBy
      ? t("list.confirmedBy", { name: year.confirmedBy, at: format.dateTime(year.confirmedAt, "date") })
      : t("list.confirmedAt", { at: format.dateTime(year.confirmedAt, "date") })
    : null;
  return (
    <Card>
      <CardBody className="space-y-4">
        <FactList
          rows={[
            [
              t("year.status"),
              year.confirmed ? (
                <Badge tone="success">{t("status.confirmed")}</Badge>
              ) : (
                <Badge tone="warning">{t("status.unconfirmed")}</Badge>
              ),
            ],
            [
              t("year.source"),
              year.source ? t(`source.${year.source as "manual" | "chinese-days"}`) : t("source.none"),
            ],
            [t("year.confirmedOn"), confirmedValue],
            [t("year.note"), year.note],
            [t("year.workingDays"), t("year.workingDaysValue", { count: year.workingDays })],
          ]}
        />
        {!year.confirmed && (
          <Alert tone="warning" title={t("year.unconfirmedTitle")}>
            {t("year.unconfirmedBody", { year: year.year })}
          </Alert>
        )}
      </CardBody>
    </Card>
  );
}
