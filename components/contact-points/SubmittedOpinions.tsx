// What a point has already sent on a consultation: each entry with its article, the people heard and how, its
// receipt code, and — once the committee has published its dispositions — what became of it.
import { useFormatter, useTranslations } from "next-intl";
import { Badge, Card, CardBody } from "@/components/ui";
import type { MyAssignment } from "@/lib/modules/contact-points/client";

export function SubmittedOpinions({ opinions }: { opinions: MyAssignment["opinions"] }) {
  const t = useTranslations("contactPoints.submitted");
  const methods = useTranslations("contactPoints.method");
  const dispositions = useTranslations("contactPoints.disposition");
  const format = useFormatter();
  if (opinions.length === 0) return <p className="text-gray-600">{t("empty")}</p>;
  return (
    <ol className="space-y-3">
      {opinions.map((o) => (
        <li key={o.id}>
          <Card as="article">
            <CardBody className="space-y-2">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-gray-700">
                <span className="font-semibold text-gray-900">{o.articleLabel ?? t("wholeDraft")}</span>
                <span>{t("people", { count: o.peopleConsulted ?? 0 })}</span>
                <span>{o.methods.map((m) => methods(m)).join("、")}</span>
                <span>{format.dateTime(o.createdAt, "dateTime")}</span>
                <span>{t("receipt", { code: o.receiptCode })}</span>
                {o.disposition && (
                  <Badge
                    tone={o.disposition === "ADOPTED" || o.disposition === "PARTLY_ADOPTED" ? "success" : "neutral"}
                  >
                    {dispositions(o.disposition)}
                  </Badge>
                )}
              </div>
              <p className="whitespace-pre-line break-words text-gray-900">{o.content}</p>
              {o.reason && <p className="text-sm text-gray-700">{t("reason", { reason: o.reason })}</p>}
            </CardBody>
          </Card>
        </li>
      ))}
    </ol>
  );
}
